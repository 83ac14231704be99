"""A readable dump of what the type checker decided: objects and expression types."""

from __future__ import annotations

from pogo.compile.types import constant
from pogo.compile.types.base import Info
from pogo.compile.types.objects import Const, Func, Package, TypeName, Var
from pogo.compile.types.types import type_string


def dump_types(pkg: Package, info: Info) -> str:
    out = [f"package {pkg.name} ({pkg.path})"]
    for name in sorted(pkg.scope.names):
        obj = pkg.scope.names[name]
        t = type_string(obj.type, pkg.path)
        if isinstance(obj, Const):
            out.append(f"  const {name} {t} = {constant.go_string(obj.value)}")
        elif isinstance(obj, Var):
            out.append(f"  var {name} {t}")
        elif isinstance(obj, TypeName):
            out.append(f"  type {name} {type_string(obj.type.underlying(), pkg.path)}")
        elif isinstance(obj, Func):
            out.append(f"  func {name}{t[4:]}")
    out.append("initialization order:")
    for entry in info.init_order:
        out.append("  " + ", ".join(v.name for v in entry.lhs))
    out.append("expressions:")
    for e, tv in sorted(info.types.items(), key=lambda kv: (kv[0].pos.line, kv[0].pos.col)):
        val = f" = {constant.go_string(tv.val)}" if tv.val is not None else ""
        out.append(f"  {e.pos} {type(e).__name__:<12} {tv.mode.name.lower():<8} {type_string(tv.type, pkg.path)}{val}")
    return "\n".join(out) + "\n"
