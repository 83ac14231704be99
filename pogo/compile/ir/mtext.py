"""gc's short text for an expression in ``-m`` reports (``x``, ``p.f``, ``a[i]``, ``x + 1``);
"" for shapes we do not reproduce, whose reports are then left out."""

from __future__ import annotations

from pogo.compile.syntax import nodes as n


def call_text(e: n.CallExpr, fixed: int | None) -> str:
    """gc's text for a call of a function in -m reports (``w("a")``), or "" when its
    operands have none; a variadic call with ``fixed`` ordinary parameters shows its packed
    arguments as gc does (``path.Join(... argument...)``)."""
    args = e.args if fixed is None else e.args[:fixed]
    parts = [escape_text(e.fun), *(escape_text(a) for a in args)]
    if not all(parts) or e.has_dots:
        return ""
    if fixed is not None:
        parts.append("... argument...")
    return f"{parts[0]}({', '.join(parts[1:])})"


def escape_text(e: n.Expr, depth: int = 0) -> str:
    if depth > 8:
        return ""
    if isinstance(e, n.ParenExpr):
        return escape_text(e.x, depth + 1)
    if isinstance(e, n.Name):
        return e.value
    if isinstance(e, n.BasicLit):
        return e.value if e.value.isdigit() or e.value.startswith('"') else ""
    if isinstance(e, n.SelectorExpr):
        x = escape_text(e.x, depth + 1)
        return f"{x}.{e.sel.value}" if x else ""
    if isinstance(e, n.StarExpr):
        x = escape_text(e.x, depth + 1)
        return f"*{x}" if x else ""
    if isinstance(e, n.CompositeLit) and e.type is not None:
        t = escape_text(e.type, depth + 1)
        return f"{t}{{...}}" if t else ""
    if isinstance(e, n.IndexExpr) and len(e.index) == 1:
        x, i = escape_text(e.x, depth + 1), escape_text(e.index[0], depth + 1)
        return f"{x}[{i}]" if x and i else ""
    return ""
