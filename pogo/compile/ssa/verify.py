"""SSA invariants, checked between passes in tests (and with POGOSSACHECK=1).

What every pass may rely on and must keep: each value is defined once, in the block it
names, with its op's number of arguments; phis come first in their block, one argument per
predecessor; block kinds have their number of successors and controls; successor and
predecessor lists mirror each other (with multiplicity); every use is dominated by its
definition (a phi's argument by the end of the matching predecessor), among the blocks
reachable from the entry, which has no predecessors.
"""

from __future__ import annotations

from collections import Counter

from pogo.compile.ssa.core import OPS, Block, BlockKind, Func, Value
from pogo.compile.ssa.dom import dominator_tree


class SSAError(Exception):
    pass


_SUCCS = {BlockKind.PLAIN: 1, BlockKind.IF: 2, BlockKind.RET: 0, BlockKind.EXIT: 0}


def verify(f: Func) -> None:
    def fail(msg: str) -> None:
        raise SSAError(f"{f.name}: {msg}")

    blocks = {id(b) for b in f.blocks}
    if id(f.entry) not in blocks:
        fail("entry block removed")
    if f.entry.preds:
        fail(f"entry b{f.entry.id} has predecessors")
    defined: dict[int, Value] = {}
    for b in f.blocks:
        in_phis = True
        for v in b.values:
            if v.id in defined:
                fail(f"v{v.id} defined twice")
            defined[v.id] = v
            if v.block is not b:
                fail(f"v{v.id} in b{b.id} but claims b{v.block.id}")
            if v.op not in OPS:
                fail(f"v{v.id} has unknown op {v.op}")
            n = OPS[v.op].nargs
            if n >= 0 and len(v.args) != n:
                fail(f"v{v.id} {v.op} has {len(v.args)} args, want {n}")
            if v.op == "Phi":
                if not in_phis:
                    fail(f"phi v{v.id} after a non-phi in b{b.id}")
                if len(v.args) != len(b.preds):
                    fail(f"phi v{v.id} has {len(v.args)} args for {len(b.preds)} preds")
            else:
                in_phis = False
        if len(b.succs) != _SUCCS[b.kind]:
            fail(f"b{b.id} {b.kind.value} has {len(b.succs)} successors")
        if b.kind == BlockKind.IF and len(b.controls) != 1:
            fail(f"b{b.id} If has {len(b.controls)} controls")
        if b.kind == BlockKind.RET and len(b.controls) != f.nresults:
            fail(f"b{b.id} Ret returns {len(b.controls)} words, want {f.nresults}")
        if b.kind in (BlockKind.PLAIN, BlockKind.EXIT) and b.controls:
            fail(f"b{b.id} {b.kind.value} has controls")
        for s in b.succs:
            if id(s) not in blocks:
                fail(f"b{b.id} jumps to removed block b{s.id}")
        for p in b.preds:
            if id(p) not in blocks:
                fail(f"b{b.id} has removed predecessor b{p.id}")
        # edges: p appears in b.preds as often as b appears in p.succs
        for sid, k in Counter(id(s) for s in b.succs).items():
            succ = next(x for x in b.succs if id(x) == sid)
            if sum(1 for p in succ.preds if p is b) != k:
                fail(f"b{b.id} -> b{succ.id}: edge count differs between succs and preds")
        for p in b.preds:
            if not any(s is b for s in p.succs):
                fail(f"b{b.id} lists b{p.id} as predecessor, which does not jump to it")
    for b in f.blocks:
        for v in b.values:
            for a in v.args:
                if a.id not in defined or defined[a.id] is not a:
                    fail(f"v{v.id} uses v{a.id}, which is not in the function")
        for c in b.controls:
            if c.id not in defined or defined[c.id] is not c:
                fail(f"b{b.id} control v{c.id} not in the function")
    _check_dominance(f)


def _check_dominance(f: Func) -> None:
    def fail(msg: str) -> None:
        raise SSAError(f"{f.name}: {msg}")

    order, children = dominator_tree(f)
    # pre/post numbering of the dominator tree: a dominates b iff a's interval holds b's
    pre: dict[int, int] = {}
    post: dict[int, int] = {}
    n = 0
    stack: list[tuple[Block, int]] = [(f.entry, 0)]
    pre[f.entry.id] = n
    while stack:
        b, i = stack[-1]
        kids = children.get(b.id, [])
        if i < len(kids):
            stack[-1] = (b, i + 1)
            n += 1
            pre[kids[i].id] = n
            stack.append((kids[i], 0))
        else:
            stack.pop()
            post[b.id] = n

    def dominates(a: Block, b: Block) -> bool:
        return pre[a.id] <= pre[b.id] and post[b.id] <= post[a.id]

    position: dict[int, int] = {}
    for b in order:
        for i, v in enumerate(b.values):
            position[v.id] = i
    for b in order:
        for i, v in enumerate(b.values):
            for k, a in enumerate(v.args):
                if v.op == "Phi":
                    p = b.preds[k]
                    if p.id in pre and (a.block.id not in pre or not dominates(a.block, p)):
                        fail(f"phi v{v.id} argument v{a.id} (from b{a.block.id}) does not dominate pred b{p.id}")
                elif a.block is b:
                    if position[a.id] >= i:
                        fail(f"v{v.id} uses v{a.id} before its definition in b{b.id}")
                elif a.block.id not in pre or not dominates(a.block, b):
                    fail(f"v{v.id} in b{b.id} uses v{a.id} from b{a.block.id}, which does not dominate it")
        for c in b.controls:
            if c.block is not b and (c.block.id not in pre or not dominates(c.block, b)):
                fail(f"control v{c.id} of b{b.id} is defined in b{c.block.id}, which does not dominate it")
