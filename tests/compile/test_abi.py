"""pogo ABIInternal (compile/amd64/abi.py): argument and result words travel in registers,
words past the ninth on the stack; incoming arguments are moved from their registers once,
in the prologue, and a call's results right after it."""

from __future__ import annotations

import iced_x86 as I

from pogo.compile.amd64 import abi
from pogo.compile.amd64.asm import Asm
from pogo.compile.amd64.gen import generate
from pogo.compile.ssa.core import BlockKind, Func, Value

_FMT = I.Formatter(I.FormatterSyntax.GAS)


def _text(data: bytes) -> list[str]:
    return [_FMT.format(ins) for ins in I.Decoder(64, data)]


def _call(f: Func, name: str, args: list[Value], nres: int) -> Value:
    c = f.new_value(f.entry, "Call", args, name)
    c.aux2 = nres
    return c


def _swapper() -> Func:
    """func f(a, b int) (int, int) { x, y := g(b, a); return y, x }"""
    f = Func("main.f", 2, 2)
    a = f.new_value(f.entry, "Arg", [], 0)
    b = f.new_value(f.entry, "Arg", [], 1)
    c = _call(f, "main.g", [b, a], 2)
    x = f.new_value(f.entry, "Result", [c], 0)
    y = f.new_value(f.entry, "Result", [c], 1)
    f.entry.kind = BlockKind.RET
    f.entry.controls = [y, x]
    return f


def test_arguments_and_results_stay_in_registers() -> None:
    code = _text(generate(_swapper()).data)
    assert not any("(%rsp)" in s or "(%rbp)" in s for s in code if s.startswith("mov"))
    # the swap of RBX and RSI before the call and after it: a three-move cycle each
    assert code[3:6] == ["mov %rbx,%rax", "mov %rsi,%rbx", "mov %rax,%rsi"]
    assert code[7:10] == code[3:6]
    assert any(s.startswith("call") for s in code)


def test_words_past_the_registers_go_on_the_stack() -> None:
    n = abi.NREGS + 2
    f = Func("main.f", 0, 0)
    ks = [f.new_value(f.entry, "Const", [], 100 + i) for i in range(n)]
    _call(f, "main.g", ks, 0)
    f.entry.kind = BlockKind.RET
    code = _text(generate(f).data)
    assert f"movq $0x{100 + abi.NREGS:X},0x{8 * abi.NREGS:x}(%rsp)" in code
    assert f"movq $0x{101 + abi.NREGS:X},0x{8 * (abi.NREGS + 1):x}(%rsp)" in code
    assert "mov $0x64,%ebx" in code


def test_spilled_parameter_lives_in_its_spill_slot() -> None:
    """func f(p *T) *T { g(); return p }: p is live across the call, so the prologue
    stores it in its spill slot [rbp+16] and the return reloads it from there."""
    f = Func("main.f", 1, 1)
    p = f.new_value(f.entry, "Arg", [], 0)
    p.pointer = True
    _call(f, "main.g", [], 0)
    f.entry.kind = BlockKind.RET
    f.entry.controls = [p]
    code = _text(generate(f).data)
    assert "mov %rbx,0x10(%rbp)" in code
    assert "mov 0x10(%rbp),%rbx" in code


def test_order_values_moves_results_after_their_call() -> None:
    f = Func("main.f", 1, 0)
    c = _call(f, "main.g", [], 1)
    k = f.new_value(f.entry, "Const", [], 1)
    r = f.new_value(f.entry, "Result", [c], 0)
    arg = f.new_value(f.entry, "Arg", [], 0)
    abi.order_values(f)
    assert f.entry.values == [arg, c, r, k]


def test_spill_and_reload_helpers() -> None:
    a = Asm()
    abi.spill_args(a, 3)
    abi.reload_args(a, 2, off=16)
    code = _text(a.assemble()[0])
    assert code == ["mov %rbx,8(%rsp)", "mov %rsi,0x10(%rsp)", "mov %rdi,0x18(%rsp)",
                    "mov 0x10(%rsp),%rbx", "mov 0x18(%rsp),%rsi"]
