"""Package initialisation order (spec "Package initialization") and initialisation cycles.

The same procedure as types2, so that cycles are found and reported as gc reports them: a
graph of the package-level constants, variables and functions and their references;
functions are contracted away (a variable referring to a function depends on everything the
function refers to); then, repeatedly, the node with the fewest pending dependencies, the
earliest declared among equals, is initialised. A node taken while it still has pending
dependencies lies on a cycle, which is reported from that node along the references.
"""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING

from pogo.compile.syntax import nodes as n
from pogo.compile.types.base import InitEntry
from pogo.compile.types.objects import Const, Func, Object, Var

if TYPE_CHECKING:
    from pogo.compile.types.check import Checker


class _Node:
    __slots__ = ("obj", "order", "succ", "pred", "ndeps")

    def __init__(self, obj: Object, order: int) -> None:
        self.obj = obj
        self.order = order
        self.succ: set[_Node] = set()  # nodes this one depends on
        self.pred: set[_Node] = set()  # nodes depending on this one
        self.ndeps = 0


def _graph(objs: list[Object], deps: dict[Object, set[Object]]) -> list[_Node]:
    """The dependency graph of the constants and variables, functions contracted away."""
    nodes = {o: _Node(o, i) for i, o in enumerate(objs)}
    for o, nd in nodes.items():
        for d in deps.get(o, ()):
            dn = nodes.get(d)
            if dn is not None:
                nd.succ.add(dn)
                dn.pred.add(nd)
    funcs = sorted((nd for nd in nodes.values() if isinstance(nd.obj, Func)),
                   key=lambda nd: (len(nd.pred) * len(nd.succ), nd.order))
    for f in funcs:
        for p in f.pred:
            if p is f:
                continue
            for s in f.succ:
                if s is not f:
                    p.succ.add(s)
                    s.pred.add(p)
            p.succ.discard(f)
        for s in f.succ:
            s.pred.discard(f)
    out = [nd for nd in nodes.values() if not isinstance(nd.obj, Func)]
    for nd in out:
        nd.ndeps = len(nd.succ)
    return out


def _find_path(deps: dict[Object, set[Object]], order: dict[Object, int], frm: Object, to: Object,
               seen: set[Object]) -> list[Object] | None:
    """A path of references from frm to to, reversed (to first), following earlier-declared
    objects first."""
    if frm in seen:
        return None
    seen.add(frm)
    for d in sorted(deps.get(frm, ()), key=lambda o: order.get(o, len(order))):
        if d is to:
            return [d]
        p = _find_path(deps, order, d, to, seen)
        if p is not None:
            return [*p, d]
    return None


def _report_cycle(chk: Checker, cycle: list[Object]) -> None:
    obj = cycle[0]
    if len(cycle) == 1:
        chk.diags.error(obj.file, obj.pos, f"initialization cycle: {obj.name} refers to itself")
        return
    first = obj
    lines = [f"initialization cycle for {obj.name}"]
    for nxt in reversed(cycle):
        lines.append(f"\t{obj.file}:{obj.pos.line}:{obj.pos.col}: {obj.name} refers to {nxt.name}")
        obj = nxt
    chk.diags.error(first.file, first.pos, "\n".join(lines))


def compute_init_order(chk: Checker) -> None:
    """Fill chk.info.init_order and report initialisation cycles."""
    objs: list[Object] = [o for o in chk.order if isinstance(o, (Const, Var, Func))]
    order: dict[Object, int] = {o: i for i, o in enumerate(objs)}
    nodes = _graph(objs, chk.deps)
    heap = [(nd.ndeps, nd.order, nd) for nd in nodes]
    heapq.heapify(heap)
    done: set[_Node] = set()
    emitted: set[int] = set()
    while heap:
        ndeps, _, nd = heapq.heappop(heap)
        if nd in done or ndeps != nd.ndeps:
            continue  # a stale entry
        done.add(nd)
        if nd.ndeps > 0:
            cycle = _find_path(chk.deps, order, nd.obj, nd.obj, set())
            if cycle is not None:
                _report_cycle(chk, cycle)
        for p in nd.pred:
            p.ndeps -= 1
            if p not in done:
                heapq.heappush(heap, (p.ndeps, p.order, p))
        if isinstance(nd.obj, Var):
            _emit(chk, nd.obj, emitted)


def _emit(chk: Checker, v: Var, emitted: set[int]) -> None:
    info = chk.decls.get(v)
    if info is None or not isinstance(info.node, n.VarDecl) or not info.node.values:
        return
    d = info.node
    if info.lhs is not None:  # var a, b = f(): one initialiser for all
        if id(d) not in emitted:
            emitted.add(id(d))
            chk.info.init_order.append(InitEntry(list(info.lhs), d.values[0]))
        return
    idx = [i for i, nm in enumerate(d.names) if nm.value == v.name and nm.pos == v.pos][0]
    if idx < len(d.values):
        chk.info.init_order.append(InitEntry([v], d.values[idx]))


__all__ = ["compute_init_order"]
