"""Checker pieces for composite types, methods, generics, built-ins, cycles and gotype.

Each case is a small package checked in-process; ``ok`` cases must produce no error,
``err`` cases exactly the listed ``line:col: message`` lines (the texts are gc's).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from pogo.compile.diag import Diagnostics
from pogo.compile.gotype import GoType, build_expr_ok, internal_allowed, main
from pogo.compile.syntax.parser import parse_file
from pogo.compile.types.check import check_package
from pogo.compile.types.objects import Const, Package
from pogo.load.goroot import GOROOT


def check(src: str) -> tuple[list[str], Package]:
    diags = Diagnostics()
    f = parse_file("p.go", ("package p\n\n" + src).encode(), diags)
    assert not diags, diags.render()
    pkg, _ = check_package("p", [f], diags, lambda path: None)
    return [f"{d.pos.line - 2}:{d.pos.col}: {d.msg}" for d in sorted(diags.items, key=lambda d: (d.pos.line, d.pos.col))], pkg


OK = {
    "methods_embedding": """
type Base struct{ ID int }
func (b Base) Get() int { return b.ID }
func (b *Base) Set(i int) { b.ID = i }
type Item struct {
	Base
	Name string
}
type Getter interface{ Get() int }
func f() int {
	it := Item{Base{1}, "x"}
	it.Set(2)
	var g Getter = it
	h := (*Base).Set
	h(&it.Base, 3)
	return g.Get() + Base.Get(it.Base) + it.ID
}""",
    "maps_chans_closures": """
func f() (int, bool) {
	m := map[string][]int{"a": {1, 2}}
	v, ok := m["a"]
	delete(m, "a")
	c := make(chan int, 1)
	c <- len(v)
	n := func() int { return <-c }()
	select {
	case x, ok2 := <-c:
		_, _ = x, ok2
	default:
	}
	for k, e := range m {
		_, _ = k, e
	}
	return n, ok
}""",
    "generics": """
type Number interface{ ~int | ~int64 | ~float64 }
func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}
type List[T any] struct {
	head *node[T]
}
type node[T any] struct {
	v    T
	next *node[T]
}
func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head} }
func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, x := range s {
		out = append(out, f(x))
	}
	return out
}
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}
func use() {
	var l List[string]
	l.Push("a")
	_ = Sum(1, 2.5)
	_ = Sum[int64](1, 2)
	_ = Map([]int{1}, func(i int) string { return "" })
	_ = Index([]string{"a"}, "a")
}""",
    "builtins_constants": """
import "unsafe"
type S struct {
	a byte
	b int64
	c complex64
	d [3]int16
}
const size = unsafe.Sizeof(S{})
const off = unsafe.Offsetof(S{}.c)
const align = unsafe.Alignof(S{}.d)
const c = (1 + 2i) * (1 - 2i)
const r = real(c)
const lo = min(3, 1.5, 2)
func f() {
	var a [size]byte
	clear(a[:])
	p := new(42)
	_ = *p
	_ = max(1, 2)
}""",
    "range_over_func_and_int": """
func seq(yield func(int, string) bool) {}
func f() {
	for i, s := range seq {
		_, _ = i, s
	}
	for i := range 10 {
		_ = i
	}
}""",
}


@pytest.mark.parametrize("name", sorted(OK))
def test_accepts(name: str) -> None:
    errs, _ = check(OK[name])
    assert errs == []


def test_unsafe_layout_is_gcs() -> None:
    _, pkg = check(OK["builtins_constants"])

    def const(name: str) -> object:
        obj = pkg.scope.lookup(name)
        assert isinstance(obj, Const)
        return obj.value

    assert const("size") == 32 and const("off") == 16 and const("align") == 2
    assert const("lo") == 1.5


ERR = {
    "struct_lit": ("""
type T struct{ a, b int }
var _ = T{a: 1, c: 2}
var _ = T{1}""", ["3:17: unknown field c in struct literal of type T", "4:12: too few values in struct literal of type T"]),
    "missing_method": ("""
type I interface{ M() int }
type T struct{}
func (T) M() string { return "" }
var _ I = T{}""", ["5:11: cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I "
                   "(wrong type for method M)\n\t\thave M() string\n\t\twant M() int"]),
    "recursive_type": ("""
type A struct{ b B }
type B struct{ a A }""", ["2:6: invalid recursive type A\n\tp.go:4:6: A refers to B\n\tp.go:5:6: B refers to A"]),
    "init_cycle": ("""
var x = f()
func f() int { return x }""", ["2:5: initialization cycle for x\n\tp.go:4:5: x refers to f\n\tp.go:5:6: f refers to x"]),
    "generic_satisfy": ("""
type Number interface{ ~int | ~float64 }
func Sum[T Number](xs ...T) T { var s T; return s }
var _ = Sum("a")""", ["4:12: string does not satisfy Number (string missing in ~int | ~float64)"]),
    "generic_infer": ("""
func F[T any]() (z T) { return }
var _ = F()""", ["3:10: in call to F, cannot infer T (declared at p.go:4:8)"]),
    "chan_dir": ("""
func f(c <-chan int) { c <- 1 }""", ["2:24: invalid operation: cannot send to receive-only channel <-chan int c (variable of type <-chan int)"]),
}


@pytest.mark.parametrize("name", sorted(ERR))
def test_rejects(name: str) -> None:
    src, want = ERR[name]
    errs, _ = check(src)
    assert errs == want


def test_gotype_loader_rules() -> None:
    assert build_expr_ok("linux && goexperiment.jsonv2") and not build_expr_ok("goexperiment.arenas")
    assert not build_expr_ok("cgo") and build_expr_ok("!cgo")
    assert internal_allowed("net/http", "net/http/internal/ascii")
    assert internal_allowed("fmt", "internal/fmtsort")
    assert not internal_allowed("net/url", "net/http/internal/ascii")


def test_gotype_on_pogos_std() -> None:
    out = io.StringIO()
    g = GoType(GOROOT, out=out)
    assert g.check_path("fmt"), out.getvalue()
    assert out.getvalue() == ""


def test_gotype_reports_errors_and_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.go").write_text("package a\n\nvar x int = \"s\"\n")
    assert main([str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err == f"{os.path.join(str(tmp_path), 'a.go')}:3:13: cannot use \"s\" (untyped string constant) as int value in variable declaration\n"
    (tmp_path / "a.go").write_text("package a\n\nvar x int = 1\n")
    g = GoType(GOROOT, out=io.StringIO())
    assert g.check_dir(str(tmp_path))
