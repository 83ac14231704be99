"""The optimising SSA passes on hand-built functions: what prove and nilcheck remove and
what they must keep, cse, and the register allocator's contracts."""

from pogo.compile.amd64.gen import count_uses, generate
from pogo.compile.amd64.regalloc import ALLOCATABLE, ALLOCATABLE_XMM, allocate
from pogo.compile.ssa.compile import run_passes
from pogo.compile.ssa.core import Block, BlockKind, Func, Value
from pogo.compile.ssa.passes.cse import cse
from pogo.compile.ssa.passes.deadcode import deadcode
from pogo.compile.ssa.passes.nilcheck import nilcheck
from pogo.compile.ssa.passes.prove import prove
from pogo.compile.ssa.verify import verify


def _jump(a: Block, b: Block) -> None:
    a.kind = BlockKind.PLAIN
    a.succs = [b]
    b.preds.append(a)


def _branch(a: Block, c: Value, yes: Block, no: Block) -> None:
    a.kind = BlockKind.IF
    a.controls = [c]
    a.succs = [yes, no]
    yes.preds.append(a)
    no.preds.append(a)


def counting_loop(start: int, step: int) -> Func:
    """for i := start; i < n; i += step { if uint(i) >= uint(n) { panicIndex } }; return i"""
    f = Func("main.loop", 1, 1)
    header, body, bad, ok, exit_ = (f.new_block() for _ in range(5))
    n = f.new_value(f.entry, "Arg", [], 0)
    c0 = f.new_value(f.entry, "Const", [], start)
    _jump(f.entry, header)
    i = f.new_value(header, "Phi", [], None)
    lt = f.new_value(header, "Lt", [i, n])
    _branch(header, lt, body, exit_)
    chk = f.new_value(body, "GeU", [i, n])
    _branch(body, chk, bad, ok)
    call = f.new_value(bad, "Call", [i, n], "runtime.panicIndex")
    del call
    bad.kind = BlockKind.EXIT
    one = f.new_value(ok, "Const", [], step)
    nxt = f.new_value(ok, "Add", [i, one])
    _jump(ok, header)
    i.args = [c0, nxt]
    exit_.kind = BlockKind.RET
    exit_.controls = [i]
    verify(f)
    return f


def has_panic(f: Func) -> bool:
    return any(v.op == "Call" for b in f.blocks for v in b.values)


def test_prove_removes_check_of_counting_loop() -> None:
    f = counting_loop(0, 1)
    prove(f)
    deadcode(f)
    verify(f)
    assert not has_panic(f)


def test_prove_keeps_checks_it_cannot_prove() -> None:
    for start, step in ((-1, 1), (0, 2), (0, -1)):
        f = counting_loop(start, step)
        prove(f)
        deadcode(f)
        assert has_panic(f), (start, step)


def test_whole_pipeline_and_codegen_on_loop() -> None:
    f = counting_loop(0, 1)
    run_passes(f, check=True)
    generate(f)


def test_cse_and_nilcheck() -> None:
    f = Func("main.f", 1, 1)
    p = f.new_value(f.entry, "Arg", [], 0)
    p.pointer = True
    f.new_value(f.entry, "NilCheck", [p])
    eight = f.new_value(f.entry, "Const", [], 8)
    a1 = f.new_value(f.entry, "Add", [p, eight])
    a2 = f.new_value(f.entry, "Add", [eight, p])  # commutative: the same value
    f.new_value(f.entry, "NilCheck", [a2])  # p checked, p+8 cannot be nil
    x = f.new_value(f.entry, "Load", [a1], (8, True))
    y = f.new_value(f.entry, "Load", [a2], (8, True))
    s = f.new_value(f.entry, "Add", [x, y])
    f.entry.kind = BlockKind.RET
    f.entry.controls = [s]
    cse(f)
    nilcheck(f)
    verify(f)
    assert y.args[0] is a1
    assert [v.op for v in f.entry.values].count("NilCheck") == 1


def test_values_live_across_calls_get_slots() -> None:
    f = Func("main.g", 2, 1)
    a = f.new_value(f.entry, "Arg", [], 0)
    b = f.new_value(f.entry, "Arg", [], 1)
    s = f.new_value(f.entry, "Add", [a, b])
    f.new_value(f.entry, "Call", [], "main.h")
    t = f.new_value(f.entry, "Mul", [s, a])
    f.entry.kind = BlockKind.RET
    f.entry.controls = [t]
    count_uses(f)
    alloc = allocate(f, f.blocks, set())
    spilled = {v.id for v in alloc.spilled}
    assert s.id in spilled and a.id in spilled  # live across the call
    assert all(r in ALLOCATABLE or r in ALLOCATABLE_XMM for r in alloc.reg.values())
    generate(f)
