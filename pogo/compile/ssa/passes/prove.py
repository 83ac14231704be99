"""Branch elimination from dominating conditions (bounds-check elimination among them).

Walking the dominator tree, the condition of an If is known inside each successor that has
that If as its only predecessor: true in the first, false in the second. A later If whose
condition is known (the same value after CSE, the same comparison of the same operands, or
its negation or mirror image) becomes a plain jump. For bounds checks: once ``i < n`` is
known (signed) and ``i`` is provably non-negative — a constant, or an induction variable
starting at a non-negative constant and only counting up — the unsigned check ``i >= n``
is known false, so ``for i := 0; i < len(s); i++ { s[i] }`` loses its check.
"""

from __future__ import annotations

from pogo.compile.ssa.core import Block, BlockKind, Func, Value
from pogo.compile.ssa.dom import dominator_tree

NEGATE = {"Eq": "Ne", "Ne": "Eq", "Lt": "Ge", "Ge": "Lt", "Le": "Gt", "Gt": "Le",
          "LtU": "GeU", "GeU": "LtU", "LeU": "GtU", "GtU": "LeU"}
SWAP = {"Eq": "Eq", "Ne": "Ne", "Lt": "Gt", "Gt": "Lt", "Le": "Ge", "Ge": "Le",
        "LtU": "GtU", "GtU": "LtU", "LeU": "GeU", "GeU": "LeU"}
Fact = tuple[object, ...]


def _k(v: Value) -> object:
    return ("c", v.aux) if v.op == "Const" else v.id


def nonnegative(v: Value, seen: set[int] | None = None) -> bool:
    if v.op == "Const":
        return isinstance(v.aux, int) and v.aux >= 0
    if v.op != "Phi":
        return False
    if seen is None:
        seen = set()
    if len(seen) > 32:
        return False  # a long chain of merges: give up rather than recurse deeply
    if v.id in seen:
        return True  # assumed on the cycle; every entry must still be non-negative
    seen.add(v.id)
    for a in v.args:
        if a.op == "Add" and any(x is v for x in a.args):
            other = a.args[1] if a.args[0] is v else a.args[0]
            # counting up by a small step from a bounded start cannot wrap before it
            # fails the loop's own signed bound
            if not (other.op == "Const" and isinstance(other.aux, int) and 0 <= other.aux <= 1):
                return False
        elif not nonnegative(a, seen):
            return False
    return True


def _facts(c: Value, truth: bool) -> list[tuple[Fact, bool]]:
    out: list[tuple[Fact, bool]] = [((c.id,), truth)]
    if c.op not in NEGATE or len(c.args) != 2:
        return out
    x, y = c.args
    op = c.op if truth else NEGATE[c.op]  # the comparison that holds
    forms = [(op, x, y), (SWAP[op], y, x)]
    if op in ("Lt", "Gt"):
        lo, hi = (x, y) if op == "Lt" else (y, x)
        if nonnegative(lo):
            forms += [("LtU", lo, hi), ("GtU", hi, lo)]
    for o, a, b in forms:
        out.append(((o, _k(a), _k(b)), True))
        out.append(((NEGATE[o], _k(a), _k(b)), False))
    return out


def _known(c: Value, facts: dict[Fact, bool]) -> bool | None:
    r = facts.get((c.id,))
    if r is not None:
        return r
    if c.op == "Const" and isinstance(c.aux, int):
        return c.aux != 0
    if c.op in NEGATE and len(c.args) == 2:
        return facts.get((c.op, _k(c.args[0]), _k(c.args[1])))
    return None


def _drop_edge(b: Block, keep: int) -> None:
    dead = b.succs[1 - keep]
    live = b.succs[keep]
    b.kind = BlockKind.PLAIN
    b.controls = []
    b.succs = [live]
    j = next(i for i, p in enumerate(dead.preds) if p is b)
    if dead is live:  # both edges went to one block: drop the second
        j = max(i for i, p in enumerate(dead.preds) if p is b)
    dead.preds.pop(j)
    for v in dead.values:
        if v.op == "Phi":
            v.args.pop(j)


def prove(f: Func) -> None:
    _, children = dominator_tree(f)
    facts: dict[Fact, bool] = {}
    # frames: block, child index, facts added on entry (to undo)
    frames: list[tuple[Block, int, list[Fact]]] = [(f.entry, 0, [])]
    while frames:
        b, i, added = frames[-1]
        if i == 0 and b.kind == BlockKind.IF:
            known = _known(b.controls[0], facts)
            if known is not None:
                _drop_edge(b, 0 if known else 1)
        kids = children.get(b.id, [])
        if i == len(kids):
            frames.pop()
            for k in added:
                del facts[k]
            continue
        frames[-1] = (b, i + 1, added)
        c = kids[i]
        new: list[Fact] = []
        if len(c.preds) == 1 and c.preds[0] is b and b.kind == BlockKind.IF and b.succs[0] is not b.succs[1]:
            truth = b.succs[0] is c
            for fact, val in _facts(b.controls[0], truth):
                if fact not in facts:
                    facts[fact] = val
                    new.append(fact)
        frames.append((c, 0, new))
