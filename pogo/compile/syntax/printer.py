"""Render syntax trees back as Go source text (compactly, on one line).

Used by the parser for error messages such as ``cannot use assignment x = 1 as value``,
and by the tree dump.
"""

from __future__ import annotations

from pogo.compile.syntax import nodes as n


def expr_string(e: n.Node | None) -> str:
    out: list[str] = []
    _expr(e, out)
    return "".join(out)


def _list(es: list[n.Expr], out: list[str]) -> None:
    for i, e in enumerate(es):
        if i:
            out.append(", ")
        _expr(e, out)


def _fields(fs: list[n.Field], out: list[str], sep: str) -> None:
    i = 0
    while i < len(fs):
        if i:
            out.append(sep)
        f = fs[i]
        if f.name is not None:
            out.append(f.name.value)
            # group names sharing one type node
            while i + 1 < len(fs) and fs[i + 1].type is f.type and fs[i + 1].name is not None:
                i += 1
                name = fs[i].name
                assert name is not None
                out.append(", " + name.value)
            if isinstance(f.type, n.FuncType) and sep == "; ":
                _sig(f.type, out)
            else:
                out.append(" ")
                _expr(f.type, out)
        else:
            _expr(f.type, out)
        if f.tag is not None:
            out.append(" " + f.tag.value)
        i += 1


def _sig(t: n.FuncType, out: list[str]) -> None:
    out.append("(")
    _fields(t.params, out, ", ")
    out.append(")")
    if t.results:
        out.append(" ")
        if len(t.results) == 1 and t.results[0].name is None:
            _expr(t.results[0].type, out)
        else:
            out.append("(")
            _fields(t.results, out, ", ")
            out.append(")")


def _expr(e: n.Node | None, out: list[str]) -> None:
    if e is None:
        return
    if isinstance(e, n.Name):
        out.append(e.value)
    elif isinstance(e, n.BasicLit):
        out.append(e.value)
    elif isinstance(e, n.BadExpr):
        out.append("BadExpr")
    elif isinstance(e, n.BinaryExpr):
        _expr(e.x, out)
        out.append(f" {e.op} ")
        _expr(e.y, out)
    elif isinstance(e, n.UnaryExpr):
        out.append(e.op)
        _expr(e.x, out)
    elif isinstance(e, n.StarExpr):
        out.append("*")
        _expr(e.x, out)
    elif isinstance(e, n.ParenExpr):
        out.append("(")
        _expr(e.x, out)
        out.append(")")
    elif isinstance(e, n.SelectorExpr):
        _expr(e.x, out)
        out.append("." + e.sel.value)
    elif isinstance(e, n.IndexExpr):
        _expr(e.x, out)
        out.append("[")
        _list(e.index, out)
        out.append("]")
    elif isinstance(e, n.SliceExpr):
        _expr(e.x, out)
        out.append("[")
        _expr(e.lo, out)
        out.append(":")
        _expr(e.hi, out)
        if e.full:
            out.append(":")
            _expr(e.max, out)
        out.append("]")
    elif isinstance(e, n.AssertExpr):
        _expr(e.x, out)
        out.append(".(")
        if e.type is None:
            out.append("type")
        else:
            _expr(e.type, out)
        out.append(")")
    elif isinstance(e, n.CallExpr):
        _expr(e.fun, out)
        out.append("(")
        _list(e.args, out)
        if e.has_dots:
            out.append("...")
        out.append(")")
    elif isinstance(e, n.CompositeLit):
        _expr(e.type, out)
        out.append("{")
        if e.elems:
            out.append("…")
        out.append("}")
    elif isinstance(e, n.KeyValueExpr):
        _expr(e.key, out)
        out.append(": ")
        _expr(e.value, out)
    elif isinstance(e, n.FuncLit):
        _expr(e.type, out)
        out.append(" {…}")
    elif isinstance(e, n.ArrayType):
        out.append("[")
        if e.len is None:
            out.append("...")
        else:
            _expr(e.len, out)
        out.append("]")
        _expr(e.elem, out)
    elif isinstance(e, n.SliceType):
        out.append("[]")
        _expr(e.elem, out)
    elif isinstance(e, n.DotsType):
        out.append("...")
        _expr(e.elem, out)
    elif isinstance(e, n.MapType):
        out.append("map[")
        _expr(e.key, out)
        out.append("]")
        _expr(e.value, out)
    elif isinstance(e, n.ChanType):
        if e.dir is n.ChanDir.RECV:
            out.append("<-chan ")
        elif e.dir is n.ChanDir.SEND:
            out.append("chan<- ")
        else:
            out.append("chan ")
        _expr(e.elem, out)
    elif isinstance(e, n.FuncType):
        out.append("func")
        _sig(e, out)
    elif isinstance(e, n.StructType):
        out.append("struct{")
        _fields(e.fields, out, "; ")
        out.append("}")
    elif isinstance(e, n.InterfaceType):
        out.append("interface{")
        _fields(e.methods, out, "; ")
        out.append("}")
    elif isinstance(e, n.AssignStmt):
        _list(e.lhs, out)
        out.append(f" {e.op} ")
        _list(e.rhs, out)
    elif isinstance(e, n.IncDecStmt):
        _expr(e.x, out)
        out.append(e.op)
    elif isinstance(e, n.SendStmt):
        _expr(e.chan, out)
        out.append(" <- ")
        _expr(e.value, out)
    elif isinstance(e, n.ExprStmt):
        _expr(e.x, out)
    else:
        out.append(type(e).__name__)
