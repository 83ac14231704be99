"""Prologue stack-bound checks (compile/amd64/stackcheck.py): every calling function, and
every leaf with a frame over SMALL bytes, compares RSP (less the frame's excess) with
g.stackguard before allocating its frame, and calls runtime.morestack out of line from a
call site without a stack map; small leaves and package runtime have no check."""

from pogo.compile.amd64 import stackcheck, stackmap
from pogo.compile.amd64.disasm import disassemble
from pogo.compile.amd64.gen import generate
from pogo.compile.ssa.core import BlockKind, Func

GUARD = f"0x{stackcheck.G_STACKGUARD:x}(%r14)"


def _caller() -> Func:
    f = Func("main.f", 0, 0)
    c = f.new_value(f.entry, "Call", [], "main.g")
    c.aux2 = 0
    f.entry.kind = BlockKind.RET
    return f


def _leaf(local_bytes: int) -> Func:
    f = Func("main.leaf", 0, 1)
    if local_bytes:
        f.local_slots.append(local_bytes)
        f.local_ptrs.append(0)
    c = f.new_value(f.entry, "Const", [], 1)
    f.entry.kind = BlockKind.RET
    f.entry.controls = [c]
    return f


def test_caller_checks_before_its_frame() -> None:
    sym = generate(_caller(), preemptible=True)
    text = disassemble(sym)
    lines = text.splitlines()
    check = next(i for i, ln in enumerate(lines) if GUARD in ln)
    assert "cmp" in lines[check] and "%rsp" in lines[check]
    assert "jb" in lines[check + 1]
    assert not any("sub" in ln and "%rsp" in ln for ln in lines[:check])  # frame not yet allocated
    assert any(r.sym == stackcheck.MORESTACK for r in sym.relocs)
    # the morestack call site has no map: the frame does not exist there
    _, _, runs = stackmap.decode(sym.stackmap, len(sym.data))
    call = next(r.offset for r in sym.relocs if r.sym == stackcheck.MORESTACK) - 1
    assert all(tag == 0 for start, end, tag in runs if start <= call < end)


def test_small_leaf_has_no_check_big_leaf_has_one() -> None:
    assert GUARD not in disassemble(generate(_leaf(0), preemptible=True))
    big = disassemble(generate(_leaf(4096), preemptible=True))
    assert GUARD in big
    assert f"lea -0x{4096 - stackcheck.SMALL:X}(%rsp),%rax" in big  # RSP after the frame + SMALL
    assert f"cmp {GUARD},%rax" in big


def test_runtime_gets_no_check() -> None:
    sym = generate(_caller())
    assert GUARD not in disassemble(sym)
    assert not any(r.sym == stackcheck.MORESTACK for r in sym.relocs)
