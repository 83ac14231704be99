"""What the type checker accepts but the back end cannot compile yet.

The IR builder asks ``backend_unsupported`` before lowering a package, so that a program
using such a construct fails with ``pogo: X not supported yet`` at the construct's
position rather than reaching code that would crash or compile it wrongly.
"""

from __future__ import annotations

import dataclasses

from pogo.compile.syntax import nodes as n
from pogo.compile.types.base import Info
from pogo.compile.types.objects import Package
from pogo.compile.types.types import Named, Pointer, Signature


def backend_unsupported(pkg: Package, info: Info) -> tuple[str, n.Pos, str] | None:
    """(file, position, message) of the first unsupported construct, or None."""
    found: list[tuple[str, n.Pos, str]] = []
    for fi in info.funcs:
        sig = fi.obj.type
        if not isinstance(sig, Signature):
            continue
        generic = bool(sig.tparams)
        if sig.recv is not None:
            rt = sig.recv.type
            if isinstance(rt, Pointer):
                rt = rt.elem
            generic = generic or isinstance(rt, Named) and bool(rt.tparams)
        if generic and fi.decl.body is not None:
            # a type declared inside generic code would need its own instances
            pos = _local_type_decl(fi.decl.body)
            if pos is not None:
                found.append((fi.file, pos, "pogo: type declarations inside generic functions not supported yet"))
    if not found:
        return None
    return min(found, key=lambda f: (f[0], f[1].line, f[1].col))


def _local_type_decl(body: n.BlockStmt) -> n.Pos | None:
    stack: list[object] = [body]
    while stack:
        x = stack.pop()
        if isinstance(x, n.TypeDecl):
            return x.pos
        if isinstance(x, list):
            stack.extend(x)
        elif isinstance(x, n.Node) and dataclasses.is_dataclass(x):
            stack.extend(getattr(x, f.name) for f in dataclasses.fields(x))
    return None
