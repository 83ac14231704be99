"""Render an expression as gc's error messages show it (a compact source form)."""

from __future__ import annotations

from pogo.compile.syntax import nodes as n


def expr_string(e: n.Node) -> str:
    if isinstance(e, n.Name):
        return e.value
    if isinstance(e, n.BasicLit):
        return e.value
    if isinstance(e, n.ParenExpr):
        return "(" + expr_string(e.x) + ")"
    if isinstance(e, n.SelectorExpr):
        return expr_string(e.x) + "." + e.sel.value
    if isinstance(e, n.IndexExpr):
        return expr_string(e.x) + "[" + ", ".join(expr_string(i) for i in e.index) + "]"
    if isinstance(e, n.SliceExpr):
        parts = [expr_string(e.lo) if e.lo else "", expr_string(e.hi) if e.hi else ""]
        if e.full:
            parts.append(expr_string(e.max) if e.max else "")
        return expr_string(e.x) + "[" + ":".join(parts) + "]"
    if isinstance(e, n.AssertExpr):
        return expr_string(e.x) + ".(" + (expr_string(e.type) if e.type else "type") + ")"
    if isinstance(e, n.TupleElem):
        return expr_string(e.call)
    if isinstance(e, n.CallExpr):
        args = ", ".join(expr_string(a) for a in e.args)
        return expr_string(e.fun) + "(" + args + ("..." if e.has_dots else "") + ")"
    if isinstance(e, n.UnaryExpr):
        return e.op + expr_string(e.x)
    if isinstance(e, n.StarExpr):
        return "*" + expr_string(e.x)
    if isinstance(e, n.BinaryExpr):
        return expr_string(e.x) + " " + e.op + " " + expr_string(e.y)
    if isinstance(e, n.CompositeLit):
        return (expr_string(e.type) if e.type else "") + ("{…}" if e.elems else "{}")
    if isinstance(e, n.KeyValueExpr):
        return expr_string(e.key) + ": " + expr_string(e.value)
    if isinstance(e, n.FuncLit):
        return func_type_string(e.type) + (" {…}" if e.body.stmts else " {}")
    if isinstance(e, n.ArrayType):
        return "[" + (expr_string(e.len) if e.len else "...") + "]" + expr_string(e.elem)
    if isinstance(e, n.SliceType):
        return "[]" + expr_string(e.elem)
    if isinstance(e, n.DotsType):
        return "..." + expr_string(e.elem)
    if isinstance(e, n.MapType):
        return "map[" + expr_string(e.key) + "]" + expr_string(e.value)
    if isinstance(e, n.ChanType):
        return ("chan ", "chan<- ", "<-chan ")[e.dir.value] + expr_string(e.elem)
    if isinstance(e, n.FuncType):
        return func_type_string(e)
    if isinstance(e, n.InterfaceType):
        return "interface{" + ("…" if e.methods else "") + "}"
    if isinstance(e, n.StructType):
        return "struct{" + ("…" if e.fields else "") + "}"
    return "?"


def _fields_string(fields: list[n.Field]) -> str:
    """Parameters as written: consecutive names sharing one type node are grouped."""
    parts: list[str] = []
    i = 0
    while i < len(fields):
        f = fields[i]
        j = i
        names = []
        while j < len(fields) and fields[j].type is f.type and fields[j].name is not None:
            names.append(fields[j].name.value)  # type: ignore[union-attr]
            j += 1
        if names:
            parts.append(", ".join(names) + " " + expr_string(f.type))
            i = j
        else:
            parts.append(expr_string(f.type))
            i += 1
    return ", ".join(parts)


def func_type_string(ft: n.FuncType) -> str:
    out = "func(" + _fields_string(ft.params) + ")"
    if len(ft.results) == 1 and ft.results[0].name is None:
        return out + " " + expr_string(ft.results[0].type)
    if ft.results:
        return out + " (" + _fields_string(ft.results) + ")"
    return out
