"""Checker cases for generics that gc accepts: Go 1.27 generic methods, reverse and
partial type inference, inference from constraint methods, type-parameter channels and
self-recursive constraints, and interfaces whose methods mention them before they are
complete (go/types' cycles4.go). Each must type-check without any error; the back end's
refusal of generic methods is checked end to end with ``pogo run``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.compile.test_types_composite import check

REPO = Path(__file__).resolve().parents[2]

OK = {
    "generic_methods": """
type T struct{}
func (T) m[P any](x P) P { return x }
type G[F any] struct{ f F }
func (g G[F]) m[H interface{ convert(F) H }]() (r H) { return r.convert(g.f) }
func (G[F]) m3[P *F](P) {}
type List[E any] []E
func (l List[E]) Map[F any](m func(E) F) (r List[F]) {
	for _, x := range l { r = append(r, m(x)) }
	return
}
func _() {
	var x T
	var _ int = x.m[int](1)
	var _ int = x.m(2)
	var m map[string][]struct{ T }
	_ = m["foo"][0].m[float32]
	_ = m["foo"][0].m(2.72)
	var _ func(T, int) int = T.m[int]
	var _ func(T, int) int = T.m
	var _ func(int) int = x.m
	var i int
	G[int]{}.m3(&i)
	_ = G[int].m3[*int]
	r := List[string]{"a"}.Map(func(s string) int { return len(s) })
	_ = r
}
func _[E, F any](l List[E]) List[F] {
	var f func(List[E], func(E) F) List[F] = List[E].Map
	return f(l, func(E) F { var f F; return f })
}""",
    "reverse_inference": """
func f1[P any](P)        {}
func f3[P, Q any](P) Q   { var x Q; return x }
func f6[P any](int) P    { var x P; return x }
func f7[P any](P) string { return "" }
func g4[P any](func(P) string)               {}
func g5[P, Q any](func(P) string, func(P) Q) {}
var v3 func(int)     = f1
var v5 func(int) int = f3
var _ func(int) int  = f3[int]
func _() func(int) { return f1 }
func _() { g4(f6); g5(f6, f7); v3 = f1; _ = v5 }""",
    "partial_and_method_inference": """
func f0[A any, B interface{*C}, C interface{*D}, D interface{*A}](A, B, C, D) {}
func f5[A interface{struct{b B; c C}}, B any, C interface{*B}](x B) A { panic(0) }
type X struct{}
func (X) M() int { return 42 }
func CallM[T interface{ M() R }, R any](t T) R { return t.M() }
type Setter[B any] interface { Set(string); *B }
func FromStrings[T any, PT Setter[T]](s []string) []T {
	r := make([]T, len(s))
	for i, v := range s { PT(&r[i]).Set(v) }
	return r
}
func _() {
	f := f0[string]
	f("a", nil, nil, nil)
	f0("a", nil, nil, nil)
	x := f5(1.2)
	var _ float64 = *x.c
	var _ int = CallM(X{})
}""",
    "type_param_channels": """
func send[C interface{ ~chan<- V | ~chan V }, V any](c C, v V) { c <- v }
func receive[C interface{ ~<-chan V | ~chan V }, V any](c C) V { return <-c }
func _[C chan int | chan<- int](c C) { c <- 0 }""",
    "self_recursive_constraints": """
type T1[P T1[P]] interface{}
type T5[P T6[P]] interface{ int }
type T6[P T5[P]] interface{ int }
type Eq[a Eq[a]] interface { Equal(that a) bool }
var _ T1[int]""",
    "builtin_multi_value_args": """
func f2() ([]int, int) { return []int{1, 2}, 3 }
func g2() (float64, float64) { return 1, 2 }
func m2() (map[string]int, string) { return nil, "" }
func p2() (int, string) { return 1, "" }
func _() {
	_ = append(f2())
	_ = complex(g2())
	delete(m2())
	print(p2())
	println(p2())
	const _ = cap([4]int{cap([4]int{})})
}""",
    "blank_receiver_type_params": """
type G[A, B any] struct { a A; b B }
func (g G[_, B]) Second() B { return g.b }
func (G[_, _]) None() {}""",
    "interface_inference": """
type M[T any] interface { m() T }
func f[T any](x interface{ m() T }) T { return x.m() }
func g[T any](x M[T]) T { return x.m() }
type S struct{}
var _ int = f(S{})
var _ int = g(S{})
func (S) m() int { return 0 }""",
    "recursive_generic_calls": """
func f[P *Q, Q any](p P, q Q) {
	func() {
		_ = f[P]
		f(p, q)
		f[P](p, q)
	}()
}
func g[P any](a, b P) {
	g(a, b)
	g[P](b, a)
}""",
    "channel_direction_inference": """
func f[T any](...T) T { var x T; return x }
func f1[T any, C chan T | <-chan T](ch C) {}
func f2[T any, C chan T | chan<- T](ch C) {}
func _(a chan string, b <-chan string, c chan int, r <-chan int, s chan<- int) {
	var _ <-chan string = f(a, b)
	f(b, a)
	f1(c); f1(r); f2(c); f2(s)
}""",
    "recursive_interface_methods": """
type T interface {
	m() interface {T}
	E
}
var _ int = T.m(nil).m().e()
type E interface { e() int }
var _ int = C.m(nil).m().e()
type A B
type B interface { m() interface{C}; E }
type C A
type T5 interface { T6 }
type T6 interface { T7 }
type T7 interface { m() }
var _ T5 = T7(nil)""",
}


@pytest.mark.parametrize("name", sorted(OK))
def test_accepts(name: str) -> None:
    errs, _ = check(OK[name])
    assert errs == []


def test_instantiation_cycle_only_without_other_errors() -> None:
    """g(&a, &b) in g needs g[*P], g[**P], …: gc's cycle error (its types2 checks for
    cycles only in a package with no other errors)."""
    src = "func g[P any](a, b P) {\n\tg(a, b)\n\tg(&a, &b)\n}"
    errs, _ = check(src)
    assert [e.split("\n")[0] for e in errs] == ["1:8: instantiation cycle:"]
    assert errs[0].split("\n")[1].endswith(":5:3: P instantiated as *P")  # lines of the wrapped source
    errs, _ = check(src + "\nvar _ int = \"s\"")
    assert not any("instantiation cycle" in e for e in errs)


UNSUPPORTED = {
    "builtin_spread": ("func f2() ([]int, int) { return []int{1, 2}, 3 }\n\n"
                       "func main() { println(len(append(f2()))) }\n",
                       "./main.go:5:27: pogo: multi-value argument to built-in append not supported yet\n"),
}


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_backend_refuses_cleanly(name: str, tmp_path: Path) -> None:
    """What the checker now accepts but the back end cannot compile fails with a clear error."""
    body, want = UNSUPPORTED[name]
    (tmp_path / "main.go").write_text("package main\n\n" + body)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    r = subprocess.run([sys.executable, "-m", "pogo", "run", "main.go"], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert r.stderr.endswith(want), r.stderr
