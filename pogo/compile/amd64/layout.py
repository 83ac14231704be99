"""Block layout: the order in which the code generator emits blocks.

Reverse postorder, each block's first successor right after it where possible (the true
branch falls through), then two improvements:

* loop rotation: a loop whose header tests the condition and whose last block jumps back
  gets the header moved after that last block. Each iteration then runs one conditional
  jump back to the top instead of a not-taken exit test plus an unconditional jump; the
  loop is entered by one jump to the test.
* blocks that end in a panic (Exit) go last, out of the hot path.
"""

from __future__ import annotations

from pogo.compile.ssa.core import Block, BlockKind, Func


def _rpo(f: Func) -> list[Block]:
    post: list[Block] = []
    seen = {f.entry.id}
    stack: list[tuple[Block, int]] = [(f.entry, len(f.entry.succs))]
    while stack:
        b, i = stack[-1]
        if i == 0:
            stack.pop()
            post.append(b)
            continue
        stack[-1] = (b, i - 1)
        s = b.succs[i - 1]
        if s.id not in seen:
            seen.add(s.id)
            stack.append((s, len(s.succs)))
    return post[::-1]


def _loop_body(header: Block, latch: Block) -> set[int]:
    body = {header.id}
    work = [latch]
    while work:
        x = work.pop()
        if x.id in body:
            continue
        body.add(x.id)
        work.extend(x.preds)
    return body


def rotate_loops(f: Func, order: list[Block]) -> list[Block]:
    """Move each rotatable loop header just after the loop's last block in ``order``."""
    pos = {b.id: i for i, b in enumerate(order)}
    for header in list(order):
        if header is f.entry or header.kind != BlockKind.IF:
            continue
        latches = [p for p in header.preds if p.id in pos and pos[p.id] >= pos[header.id]]
        if len(latches) != 1:
            continue
        latch = latches[0]
        if latch.kind != BlockKind.PLAIN:
            continue
        body = _loop_body(header, latch)
        inside = [s for s in header.succs if s.id in body]
        if len(inside) != 1 or inside[0] is header:
            continue
        last = max(pos[b] for b in body if b in pos)
        if order[last] is not latch:
            continue
        # the header moves from its place to right after the latch
        i = pos[header.id]
        order = order[:i] + order[i + 1 : last + 1] + [header] + order[last + 1 :]
        pos = {b.id: k for k, b in enumerate(order)}
    return order


def layout(f: Func) -> list[Block]:
    order = _rpo(f)
    seen = {b.id for b in order}
    order = rotate_loops(f, order) + [b for b in f.blocks if b.id not in seen]
    hot = [b for b in order if b is f.entry or b.kind != BlockKind.EXIT]
    return hot + [b for b in order if b is not f.entry and b.kind == BlockKind.EXIT]
