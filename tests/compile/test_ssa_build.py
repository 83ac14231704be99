"""SSA construction from hand-built IR, the pass pipeline, and amd64 generation."""

from pogo.compile.amd64.disasm import disassemble
from pogo.compile.amd64.gen import generate
from pogo.compile.ir import nodes as ir
from pogo.compile.ssa.build import build_func
from pogo.compile.ssa.compile import PASSES, run_passes
from pogo.compile.ssa.core import BlockKind
from pogo.compile.ssa.verify import verify
from pogo.compile.syntax.nodes import Pos
from pogo.compile.types import universe as u
from pogo.compile.types.types import Type

INT = u.INT


def sum_func() -> ir.Func:
    """func sum(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }"""
    n = ir.Local("n", INT, 0)
    n.param_index = 0
    r = ir.Local("~r", INT, 1)
    r.result_index = 0
    s = ir.Local("s", INT, 2)
    i = ir.Local("i", INT, 3)

    def ref(loc: ir.Local) -> ir.LocalRef:
        return ir.LocalRef(INT, loc)

    body: list[ir.Stmt] = [
        ir.Assign(ref(s), ir.Const(INT, 0)),
        ir.Assign(ref(i), ir.Const(INT, 0)),
        ir.Loop(
            ir.Binary(u.BOOL, "<", ref(i), ref(n), INT),
            [ir.Assign(ref(s), ir.Binary(INT, "+", ref(s), ref(i), INT))],
            [ir.Assign(ref(i), ir.Binary(INT, "+", ref(i), ir.Const(INT, 1), INT))],
            1,
        ),
        ir.Return([ref(s)]),
    ]
    return ir.Func("main.sum", "sum.go", Pos(1, 1), [n], [r], body, [n, r, s, i])


def test_loop_gets_phis_and_verifies() -> None:
    types: dict[str, Type] = {}
    f = build_func(sum_func(), {}, types)
    verify(f)
    phis = [v for b in f.blocks for v in b.values if v.op == "Phi"]
    assert len(phis) == 2  # s and i at the loop header
    assert any(b.kind == BlockKind.RET for b in f.blocks)


def test_passes_keep_invariants() -> None:
    f = build_func(sum_func(), {}, {})
    seen: list[str] = []
    run_passes(f, lambda name, _f: seen.append(name), check=True)
    assert seen == ["start"] + [name for name, _ in PASSES]
    assert not any(v.op == "Copy" for b in f.blocks for v in b.values)


def test_constant_folding() -> None:
    r = ir.Local("~r", INT, 0)
    r.result_index = 0
    expr = ir.Binary(INT, "*", ir.Binary(INT, "+", ir.Const(INT, 2), ir.Const(INT, 3), INT), ir.Const(INT, 7), INT)
    fn = ir.Func("main.k", "k.go", Pos(1, 1), [], [r], [ir.Return([expr])], [r])
    f = build_func(fn, {}, {})
    run_passes(f, check=True)
    ret = [b for b in f.blocks if b.kind == BlockKind.RET][0]
    assert ret.controls[0].op == "Const" and ret.controls[0].aux == 35


def test_codegen_keeps_frame_pointer() -> None:
    f = build_func(sum_func(), {}, {})
    run_passes(f)
    sym = generate(f)
    text = disassemble(sym)
    assert "push %rbp" in text and "mov %rsp,%rbp" in text
    assert "leave" in text and "ret" in text
