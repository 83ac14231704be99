"""Stenciling: instance symbols (gc's names), dupok instances, generic declarations not
compiled on their own, and the source export of packages with generic code."""

from __future__ import annotations

import json

from pogo.compile.diag import Diagnostics
from pogo.compile.ir.build import PackageBuilder
from pogo.compile.syntax.parser import parse_file
from pogo.compile.types.check import check_package
from pogo.compile.types.export import Universe, encode_source, has_generics
from pogo.compile.types.objects import Package

SRC = b"""package p

type List[T any] struct{ items []T }

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }

func (l List[T]) Len() int { return len(l.items) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Point struct{ X int }

func Use() int {
	var l List[Point]
	l.Push(Point{1})
	ys := Map([]int{1}, func(i int) string { return "" })
	return l.Len() + len(ys)
}
"""


def _check(path: str, src: bytes) -> tuple[Package, object]:
    diags = Diagnostics()
    f = parse_file("p.go", src, diags)
    pkg, chk = check_package(path, [f], diags, lambda _p: None)
    assert not diags, diags.render()
    return pkg, chk


def test_instances_are_named_like_gc_and_dupok() -> None:
    pkg, chk = _check("example.com/p", SRC)
    irpkg = PackageBuilder(pkg, chk.info, chk.op_assign_exprs).build()  # type: ignore[attr-defined]
    funcs = {f.name: f for f in irpkg.funcs}
    assert "example.com/p.Map[int,string]" in funcs
    assert "example.com/p.(*List[example.com/p.Point]).Push" in funcs
    assert "example.com/p.List[example.com/p.Point].Len" in funcs
    # the generic declarations themselves are not compiled
    assert not any(name in funcs for name in ("example.com/p.Map", "example.com/p.(*List).Push"))
    assert funcs["example.com/p.Map[int,string]"].dupok
    assert not funcs["example.com/p.Use"].dupok


def test_generic_package_exports_its_source() -> None:
    pkg, _ = _check("example.com/p", SRC)
    assert has_generics(pkg)
    data = encode_source(pkg, {"p.go": SRC}, {})
    assert json.loads(data)["source"] == {"p.go": SRC.decode()}
    imported = Universe().decode(data)
    assert imported.complete and imported.scope.lookup("Map") is not None
