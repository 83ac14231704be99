"""What the type checker accepts but the back end cannot compile yet.

The IR builder asks ``backend_unsupported`` before lowering a package, so that a program
using such a construct fails with ``pogo: X not supported yet`` at the construct's
position rather than reaching code that would crash or compile it wrongly.
"""

from __future__ import annotations

from pogo.compile.syntax import nodes as n
from pogo.compile.types.base import Info
from pogo.compile.types.objects import Package, TypeName
from pogo.compile.types.types import Named, Pointer, Signature


def backend_unsupported(pkg: Package, info: Info) -> tuple[str, n.Pos, str] | None:
    """(file, position, message) of the first unsupported construct, or None."""
    found: list[tuple[str, n.Pos, str]] = []
    for obj in pkg.scope.names.values():
        if isinstance(obj, TypeName) and isinstance(obj.type, Named) and obj.type.tparams and obj.type.obj is obj:
            found.append((obj.file, obj.pos, "pogo: generic types not supported yet"))
    for fi in info.funcs:
        sig = fi.obj.type
        if not isinstance(sig, Signature):
            continue
        if sig.tparams and sig.recv is not None:  # Go 1.27: a method with its own type parameters
            found.append((fi.file, fi.decl.name.pos, "pogo: generic methods not supported yet"))
            continue
        if sig.tparams:
            found.append((fi.file, fi.decl.name.pos, "pogo: generic functions not supported yet"))
            continue
        if sig.recv is not None:
            rt = sig.recv.type
            if isinstance(rt, Pointer):
                rt = rt.elem
            if isinstance(rt, Named) and (rt.tparams or rt.targs):
                found.append((fi.file, fi.decl.name.pos, "pogo: generic types not supported yet"))
    found.extend(info.unsupported)
    if not found:
        return None
    return min(found, key=lambda f: (f[0], f[1].line, f[1].col))
