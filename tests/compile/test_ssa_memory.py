"""SSA construction for memory-resident variables, aggregates, nil checks and closures."""

from pogo.compile.amd64.disasm import disassemble
from pogo.compile.amd64.gen import generate
from pogo.compile.ir import nodes as ir
from pogo.compile.ssa.build import build_func, nwords, word_layout
from pogo.compile.ssa.compile import run_passes
from pogo.compile.ssa.core import Func
from pogo.compile.syntax.nodes import Pos
from pogo.compile.types import universe as u
from pogo.compile.types.objects import Var
from pogo.compile.types.types import Array, Pointer, Signature, Struct, Type

INT = u.INT
UPTR = u.UNSAFE_POINTER


def ops(f: Func) -> list[str]:
    return [v.op for b in f.blocks for v in b.values]


def calls(f: Func) -> list[object]:
    return [v.aux for b in f.blocks for v in b.values if v.op == "Call"]


def test_struct_and_array_word_layout() -> None:
    st = Struct([Var("a", u.INT8, None), Var("s", u.STRING, None), Var("b", u.INT32, None)])
    assert word_layout(st) == [(0, 1, True, False), (8, 8, False, True), (16, 8, True, False), (24, 4, True, False)]
    arr = Array(st, 2)
    assert nwords(arr) == 8
    assert word_layout(arr)[4] == (32, 1, True, False)


def test_escaping_local_gets_a_heap_cell_per_declaration() -> None:
    """x := 1; return &x — the cell is allocated at the Declare, and loads/stores go through it."""
    x = ir.Local("x", INT, 0)
    x.addr_taken = True
    r = ir.Local("~r", Pointer(INT), 1)
    r.result_index = 0
    body: list[ir.Stmt] = [
        ir.Declare(x),
        ir.Assign(ir.LocalRef(INT, x), ir.Const(INT, 1)),
        ir.Return([ir.AddrOf(Pointer(INT), ir.LocalRef(INT, x))]),
    ]
    types: dict[str, Type] = {}
    f = build_func(ir.Func("main.f", "f.go", Pos(1, 1), [], [r], body, [x, r]), {}, types)
    run_passes(f, check=True)
    assert calls(f) == ["runtime.newobject"]
    assert "type:int" in types
    assert "Store" in ops(f)


def test_frame_local_for_transient_addresses() -> None:
    a = ir.Local("a", Array(INT, 4), 0)
    a.in_frame = True
    body: list[ir.Stmt] = [ir.Declare(a), ir.Assign(ir.LocalRef(a.type, a), ir.Nil(a.type)), ir.Return([])]
    f = build_func(ir.Func("main.g", "g.go", Pos(1, 1), [], [], body, [a]), {}, {})
    run_passes(f, check=True)
    assert f.local_slots == [32]
    assert calls(f) == []
    assert ops(f).count("Store") == 4


def test_big_values_are_cleared_and_copied_in_memory() -> None:
    big = Array(INT, 100)
    a = ir.Local("a", big, 0)
    b = ir.Local("b", big, 1)
    body: list[ir.Stmt] = [
        ir.Assign(ir.LocalRef(big, a), ir.Nil(big)),
        ir.Assign(ir.LocalRef(big, b), ir.LocalRef(big, a)),
        ir.Return([]),
    ]
    f = build_func(ir.Func("main.h", "h.go", Pos(1, 1), [], [], body, [a, b]), {}, {})
    run_passes(f, check=True)
    assert calls(f) == ["runtime.memclr", "runtime.memmove"]


def test_nil_check_is_kept_and_calls_panicmem() -> None:
    p = ir.Local("p", Pointer(INT), 0)
    p.param_index = 0
    r = ir.Local("~r", INT, 1)
    r.result_index = 0
    load = ir.Load(INT, ir.NilCheck(p.type, ir.LocalRef(p.type, p)))
    f = build_func(ir.Func("main.deref", "d.go", Pos(1, 1), [p], [r], [ir.Return([load])], [p, r]), {}, {})
    run_passes(f, check=True)
    assert "NilCheck" in ops(f)
    assert "runtime.panicmem" in disassemble(generate(f))


def test_closure_reads_context_and_call_uses_rdx() -> None:
    """A literal capturing one variable reads its cell from the closure; calling a func
    value passes the closure in RDX."""
    cap = ir.Local("n", INT, 0)
    cap.addr_taken = True
    cap.capture_index = 0
    r = ir.Local("~r", INT, 1)
    r.result_index = 0
    lit = ir.Func("main.f.func1", "f.go", Pos(1, 1), [], [r], [ir.Return([ir.LocalRef(INT, cap)])], [cap, r])
    f = build_func(lit, {}, {})
    run_passes(f, check=True)
    assert ops(f)[0] == "Context"
    fv = ir.Local("fv", Signature([], [Var("", INT, None)], False), 0)
    fv.param_index = 0
    res = ir.Local("~r", INT, 1)
    res.result_index = 0
    call = ir.Call(INT, "", [], closure=ir.Convert(UPTR, ir.LocalRef(fv.type, fv)))
    g = build_func(ir.Func("main.g", "g.go", Pos(1, 1), [fv], [res], [ir.Return([call])], [fv, res]), {}, {})
    run_passes(g, check=True)
    assert "CallClosure" in ops(g)
    assert "callq *(%rdx)" in disassemble(generate(g))


def test_make_closure_allocates_and_stores_code() -> None:
    n = ir.Local("n", INT, 0)
    n.addr_taken = True
    sig = Signature([], [], False)
    r = ir.Local("~r", sig, 1)
    r.result_index = 0
    body: list[ir.Stmt] = [
        ir.Declare(n),
        ir.Return([ir.MakeClosure(sig, "main.f.func1", [ir.AddrOf(UPTR, ir.LocalRef(INT, n))])]),
    ]
    f = build_func(ir.Func("main.f", "f.go", Pos(1, 1), [], [r], body, [n, r]), {}, {})
    run_passes(f, check=True)
    assert calls(f) == ["runtime.newobject", "runtime.newclosure"]
    assert any(v.op == "Addr" and v.aux == "main.f.func1" for b in f.blocks for v in b.values)

