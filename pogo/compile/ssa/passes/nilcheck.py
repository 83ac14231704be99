"""Nil-check elimination: a NilCheck of a pointer already known to be non-nil goes.

Known non-nil: addresses of globals and frame slots, results of runtime.newobject, a
pointer checked by a dominating NilCheck (or earlier in the same block), and a pointer
plus a small non-negative constant offset of a known non-nil pointer (no wrap-around).
"""

from __future__ import annotations

from pogo.compile.ssa.core import Block, Func, Value
from pogo.compile.ssa.dom import dominator_tree

SMALL = 1 << 12


def _nonnil(v: Value, known: set[int]) -> bool:
    for _ in range(8):
        if v.id in known or v.op in ("Addr", "LocalAddr"):
            return True
        if v.op == "Result" and v.args[0].op == "Call" and v.args[0].aux == "runtime.newobject":
            return True
        if v.op != "Add":
            return False
        x, y = v.args
        if x.op == "Const":
            x, y = y, x
        if not (y.op == "Const" and isinstance(y.aux, int) and 0 <= y.aux < SMALL):
            return False
        v = x
    return False


def nilcheck(f: Func) -> None:
    _, children = dominator_tree(f)
    known: set[int] = set()
    frames: list[tuple[Block, int, list[int]]] = []

    def enter(b: Block) -> None:
        added: list[int] = []
        keep: list[Value] = []
        for v in b.values:
            if v.op == "NilCheck":
                p = v.args[0]
                if _nonnil(p, known):
                    continue
                if p.id not in known:
                    known.add(p.id)
                    added.append(p.id)
            keep.append(v)
        b.values = keep
        frames.append((b, 0, added))

    enter(f.entry)
    while frames:
        b, i, added = frames[-1]
        kids = children.get(b.id, [])
        if i == len(kids):
            frames.pop()
            for k in added:
                known.discard(k)
            continue
        frames[-1] = (b, i + 1, added)
        enter(kids[i])
