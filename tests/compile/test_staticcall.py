"""Package variables initialised by calls of constant constructors become data
(ir/staticcall.py); anything with an effect or an input from run time stays init code."""

from __future__ import annotations

from pogo.compile.diag import Diagnostics
from pogo.compile.ir import nodes as ir
from pogo.compile.ir.build import PackageBuilder
from pogo.compile.ir.inline import inline_package
from pogo.compile.ir.staticcall import make_static
from pogo.compile.syntax.parser import parse_file
from pogo.compile.types.check import check_package

SRC = b"""package lib

type E struct{ s string }

func (e *E) Error() string { return e.s }

func New(s string) error { return &E{s} }

func Maybe(n int, s string) *E {
	if n < 0 {
		return nil
	}
	return &E{s}
}

var counter int

func Counted(s string) *E {
	counter++
	return &E{s}
}

func Empty() *struct{} { return &struct{}{} }

var (
	A = New("a")
	B = Maybe(1, "b")
	C = Maybe(-1, "c")
	D = Counted("d")
	F = Empty()
	G = &E{A.Error()}
)
"""


def _build(src: bytes = SRC) -> ir.Package:
    diags = Diagnostics()
    f = parse_file("lib.go", src, diags)
    pkg, chk = check_package("example.com/lib", [f], diags, lambda path: None)
    assert not diags, diags.render()
    irpkg = PackageBuilder(pkg, chk.info, chk.op_assign_exprs).build()
    inline_package(irpkg)
    make_static(irpkg, None)
    return irpkg


def test_constant_constructors_become_data() -> None:
    pkg = _build()
    init = next(f for f in pkg.funcs if f.name == pkg.init)
    dynamic = {s.dst.sym for s in init.body if isinstance(s, ir.Assign) and isinstance(s.dst, ir.GlobalRef)}
    # a side effect, a zero-size allocation (one shared address at run time) and a
    # read of another variable keep their code
    assert dynamic == {"example.com/lib.D", "example.com/lib.F", "example.com/lib.G"}
    globals_ = {g.sym: g for g in pkg.globals}
    a = globals_["example.com/lib.A"]
    assert a.data is not None and [s for _, s in a.relocs][1] == "example.com/lib.A·sobj0"
    assert globals_["example.com/lib.B"].relocs == [(0, "example.com/lib.B·sobj0")]
    c = globals_["example.com/lib.C"]  # the early nil return
    assert c.data == bytes(8) and not c.relocs
    obj = globals_["example.com/lib.A·sobj0"]
    assert obj.data is not None and obj.data[8:] == (1).to_bytes(8, "little")


def test_init_left_empty_is_dropped() -> None:
    pkg = _build(b"""package lib

type E struct{ s string }

func New(s string) *E { return &E{s} }

var A, B = New("a"), New("b")
""")
    assert pkg.init == "" and not any(f.name.endswith(".init") for f in pkg.funcs)
    assert {g.sym for g in pkg.globals} >= {"example.com/lib.A·sobj0", "example.com/lib.B·sobj0"}
