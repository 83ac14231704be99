"""Inlinable bodies in export data (ir/inlexport.py): a body survives the round trip, an
importer's Universe rebuilds its types, and -m names follow gc."""

from __future__ import annotations

import re

from pogo.compile.diag import Diagnostics
from pogo.compile.ir import inlexport
from pogo.compile.ir import nodes as ir
from pogo.compile.ir.build import PackageBuilder
from pogo.compile.ir.dump import dump_package
from pogo.compile.ir.inline import display_name, gc_inlinable, inline_package
from pogo.compile.syntax.parser import parse_file
from pogo.compile.types.check import check_package
from pogo.compile.types.export import Universe, encode_export

SRC = b"""package lib

type pair struct{ a, b int }

type bad struct{ n int }

func (b bad) Error() string { return "bad" }

func Sum(xs []int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func (p *pair) Swap() { p.a, p.b = p.b, p.a }

func Check(n int) error {
	if n < 0 {
		return bad{n}
	}
	return nil
}

//go:noinline
func opaque(x int) int { return x }

func Big(n int) int { return opaque(n) + opaque(n+1) }
"""


def compile_lib() -> tuple[bytes, ir.Package]:
    diags = Diagnostics()
    f = parse_file("lib.go", SRC, diags)
    pkg, chk = check_package("example.com/lib", [f], diags, lambda path: None)
    assert not diags, diags.render()
    irpkg = PackageBuilder(pkg, chk.info, chk.op_assign_exprs).build()
    inliner = inline_package(irpkg)
    export = encode_export(pkg, {"lib.go": SRC}, {})
    return inlexport.attach(export, inlexport.encode(irpkg, pkg, inliner.exportable())), irpkg


def dumped(f: ir.Func) -> str:
    """The function's IR dump with locals numbered by first appearance (the export
    numbers them so; the builder in creation order)."""
    ids: dict[str, str] = {}
    return re.sub(r"#(\d+)", lambda m: "#" + ids.setdefault(m.group(1), str(len(ids))), dump_package(ir.Package("p", [f], [], "")))


def test_bodies_round_trip() -> None:
    export, irpkg = compile_lib()
    universe = Universe()
    universe.decode(export)
    imported = inlexport.Imported({"example.com/lib": export}, universe)
    assert set(imported.costs) == {"example.com/lib.Sum", "example.com/lib.(*pair).Swap", "example.com/lib.Check",
                                   "example.com/lib.bad.Error"}
    for sym in imported.costs:
        got = imported.func(sym)
        assert got is not None
        want = next(f for f in irpkg.funcs if f.name == sym)
        # the same tree, printed: types, locals, lines and calls alike
        assert dumped(got) == dumped(want)
    assert set(imported.itabs) == set(irpkg.itabs)  # Check boxes a bad: its itab travels with the body


def test_unknown_or_damaged_bodies_stay_calls() -> None:
    export, _ = compile_lib()
    universe = Universe()
    universe.decode(export)
    imported = inlexport.Imported({"example.com/lib": export}, universe)
    assert imported.func("example.com/lib.Big") is None
    imported.sections["example.com/lib.Sum"][1]["funcs"]["example.com/lib.Sum"][5] = [[9999]]
    assert imported.func("example.com/lib.Sum") is None


def test_gc_names() -> None:
    assert display_name("main", "main.f") == "f"
    assert display_name("main", "unicode/utf8.RuneLen") == "utf8.RuneLen"
    assert display_name("main", "strings.(*Builder).Len") == "strings.(*Builder).Len"
    assert display_name("main", "example.com/a/b.T.M") == "b.T.M"
    assert "Println" in gc_inlinable("fmt") and "Sprintf" not in gc_inlinable("fmt")
