"""gc's numbers for types declared inside functions.

gc gives every defined (non-alias) type declared in a function body — in a function,
method or function literal, generic or not — a number, counting 1, 2, … through the
package's files in source order. The number ends the type's link name (``main.T·3``), so
that local types with the same name in different functions are different types, and it
shows in ``%T`` where such a type is a type argument (``main.Box[main.T·3]``).
"""

from __future__ import annotations

import dataclasses

from pogo.compile.syntax import nodes as n


def number_local_types(files: list[n.File]) -> dict[n.TypeDecl, int]:
    out: dict[n.TypeDecl, int] = {}

    def walk(x: object, in_func: bool) -> None:
        if isinstance(x, list):
            for y in x:
                walk(y, in_func)
            return
        if not isinstance(x, n.Node) or not dataclasses.is_dataclass(x):
            return
        if isinstance(x, n.TypeDecl) and in_func and not x.alias:
            out[x] = len(out) + 1
        inner = in_func or isinstance(x, n.BlockStmt)
        for f in dataclasses.fields(x):
            walk(getattr(x, f.name), inner)

    for f in files:
        walk(f.decls, False)
    return out
