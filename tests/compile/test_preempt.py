"""Cooperative preemption checks: placed at loop headers (prologues have the stack-bound
check, test_stackcheck.py), never in package runtime, with an out-of-line call of
runtime.preemptSave."""

from pogo.compile.amd64.disasm import disassemble
from pogo.compile.amd64.gen import generate
from pogo.compile.amd64.preempt import loop_headers, wants_checks
from pogo.compile.ssa.build import build_func
from pogo.compile.ssa.compile import run_passes
from pogo.compile.ssa.core import Block, Func
from tests.compile.test_ssa_build import sum_func


def _flag_tests(text: str) -> int:
    return text.count("cmpl $0,")


def test_loop_header_found() -> None:
    f = build_func(sum_func(), {}, {})
    run_passes(f)
    headers = loop_headers(f)
    assert len(headers) == 1
    (h,) = [b for b in f.blocks if b.id in headers]
    assert any(p.id != f.entry.id for p in h.preds)  # entered again from the loop body


def test_irreducible_cycle_gets_a_check() -> None:
    f = Func.__new__(Func)
    blocks = [Block(i) for i in range(4)]
    # 0 -> 1, 0 -> 2, 1 <-> 2 (a cycle with two entries), 2 -> 3
    edges = [(0, 1), (0, 2), (1, 2), (2, 1), (2, 3)]
    for a, b in edges:
        blocks[a].succs.append(blocks[b])
        blocks[b].preds.append(blocks[a])
    f.blocks = blocks
    f.entry = blocks[0]
    assert loop_headers(f) & {1, 2}


def test_generated_check_and_cold_call() -> None:
    f = build_func(sum_func(), {}, {})
    run_passes(f)
    sym = generate(f, preemptible=True)
    text = disassemble(sym)
    assert _flag_tests(text) == 1  # the loop header; a leaf function has no prologue check
    assert any(r.sym == "runtime.preemptFlag" for r in sym.relocs)
    assert any(r.sym == "runtime.preemptSave" for r in sym.relocs)


def test_not_preemptible_has_no_check() -> None:
    f = build_func(sum_func(), {}, {})
    run_passes(f)
    sym = generate(f)
    assert not any(r.sym.startswith("runtime.preempt") for r in sym.relocs)
    assert not wants_checks("runtime") and wants_checks("main") and wants_checks("runtime/debug")
