"""What the type checker accepts but the back end cannot compile yet.

The IR builder asks ``backend_unsupported`` before lowering a package, so that a program
using such a construct fails with ``pogo: X not supported yet`` at the construct's
position rather than reaching code that would crash or compile it wrongly. The checker
records such constructs in ``Info.unsupported`` as it meets them.
"""

from __future__ import annotations

from pogo.compile.syntax import nodes as n
from pogo.compile.types.base import Info
from pogo.compile.types.objects import Package


def backend_unsupported(pkg: Package, info: Info) -> tuple[str, n.Pos, str] | None:
    """(file, position, message) of the first unsupported construct, or None."""
    found = info.unsupported
    if not found:
        return None
    return min(found, key=lambda f: (f[0], f[1].line, f[1].col))
