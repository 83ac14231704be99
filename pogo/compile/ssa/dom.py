"""Dominator tree (Cooper, Harvey and Kennedy's iterative algorithm over reverse postorder)."""

from __future__ import annotations

from pogo.compile.ssa.core import Block, Func


def reverse_postorder(f: Func) -> list[Block]:
    post: list[Block] = []
    seen = {f.entry.id}
    stack: list[tuple[Block, int]] = [(f.entry, 0)]
    while stack:
        b, i = stack[-1]
        if i == len(b.succs):
            stack.pop()
            post.append(b)
            continue
        stack[-1] = (b, i + 1)
        s = b.succs[i]
        if s.id not in seen:
            seen.add(s.id)
            stack.append((s, 0))
    return post[::-1]


def dominator_tree(f: Func) -> tuple[list[Block], dict[int, list[Block]]]:
    """The reachable blocks in reverse postorder and each block's dominator-tree children."""
    order = reverse_postorder(f)
    index = {b.id: i for i, b in enumerate(order)}
    idom: dict[int, int] = {f.entry.id: f.entry.id}
    changed = True
    while changed:
        changed = False
        for b in order[1:]:
            new = -1
            for p in b.preds:
                if p.id not in idom:
                    continue
                if new < 0:
                    new = p.id
                    continue
                x, y = p.id, new
                while x != y:
                    while index[x] > index[y]:
                        x = idom[x]
                    while index[y] > index[x]:
                        y = idom[y]
                new = x
            if new >= 0 and idom.get(b.id) != new:
                idom[b.id] = new
                changed = True
    children: dict[int, list[Block]] = {b.id: [] for b in order}
    for b in order[1:]:
        if b.id in idom:
            children[idom[b.id]].append(b)
    return order, children
