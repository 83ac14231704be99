"""The package initialisation order and the ``runtime.inittasks`` table the runtime walks.

Go initialises packages one at a time: repeatedly the package with the lexically smallest
import path among those whose imports are all initialised (the spec leaves the order open
beyond dependencies; gc's linker fixed this rule, and programs can observe it).
"""

from __future__ import annotations

import heapq
import struct

from pogo.link.load import LinkError, Program
from pogo.obj.objfile import Reloc, RelocKind, Symbol, SymKind

INITTASKS = "runtime.inittasks"


def init_order(prog: Program) -> list[str]:
    """Import paths of every loaded package in initialisation order."""
    deps: dict[str, set[str]] = {}
    for path, arc in prog.archives.items():
        ds = {i for i in arc.imports if i in prog.archives}
        if path != "runtime":
            ds.add("runtime")
        deps[path] = ds
    users: dict[str, list[str]] = {p: [] for p in deps}
    for user, ds in deps.items():
        for d in ds:
            users[d].append(user)
    waiting = {p: len(ds) for p, ds in deps.items()}
    ready = [p for p, k in waiting.items() if k == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        p = heapq.heappop(ready)
        order.append(p)
        for u in users[p]:
            waiting[u] -= 1
            if waiting[u] == 0:
                heapq.heappush(ready, u)
    if len(order) != len(deps):
        cycle = sorted(p for p, k in waiting.items() if k > 0)
        raise LinkError(f"import cycle among packages: {', '.join(cycle)}")
    return order


def inittasks_symbol(prog: Program) -> Symbol:
    """A RODATA table: u64 count, then the address of each package's init function."""
    funcs = [prog.archives[p].init for p in init_order(prog) if prog.archives[p].init]
    data = struct.pack("<Q", len(funcs)) + bytes(8 * len(funcs))
    relocs = [Reloc(8 + 8 * i, RelocKind.ABS64, f) for i, f in enumerate(funcs)]
    return Symbol(INITTASKS, SymKind.RODATA, data, align=8, relocs=relocs)
