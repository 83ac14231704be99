"""Common subexpression elimination: a pure value computed again where an identical one
(same op, aux and arguments) dominates it is replaced by the earlier one."""

from __future__ import annotations

from pogo.compile.ssa.core import OPS, Func, Value
from pogo.compile.ssa.dom import dominator_tree

Key = tuple[object, ...]


def arg_key(v: Value) -> tuple[int, int]:
    """Constants by value (they are not merged themselves), other values by identity."""
    if v.op == "Const" and isinstance(v.aux, int):
        return (1, v.aux)
    return (0, v.id)


def cse(f: Func) -> None:
    order, children = dominator_tree(f)
    repl: dict[int, Value] = {}
    table: dict[Key, Value] = {}

    def visit(vals: list[Value], undo: list[Key]) -> None:
        for v in vals:
            if v.args:
                v.args = [repl.get(a.id, a) for a in v.args]
            info = OPS[v.op]
            # addresses are cheaper to recompute than to keep (in a frame slot across calls)
            if info.effect or v.op in ("Phi", "Const", "Context", "Copy", "Addr", "LocalAddr"):
                continue
            args = [arg_key(a) for a in v.args]
            if info.commutative and len(args) == 2 and args[0] > args[1]:
                args.reverse()
            key: Key = (v.op, v.aux, v.aux2, *args)
            w = table.get(key)
            if w is None:
                table[key] = v
                undo.append(key)
            else:
                w.pointer = w.pointer or v.pointer
                repl[v.id] = w

    # preorder walk of the dominator tree; each frame undoes its table entries on exit
    undo0: list[Key] = []
    visit(f.entry.values, undo0)
    frames: list[tuple[int, int, list[Key]]] = [(f.entry.id, 0, undo0)]
    while frames:
        bid, i, undo = frames[-1]
        kids = children[bid]
        if i == len(kids):
            frames.pop()
            for k in undo:
                del table[k]
            continue
        frames[-1] = (bid, i + 1, undo)
        c = kids[i]
        u: list[Key] = []
        visit(c.values, u)
        frames.append((c.id, 0, u))
    del order
    for b in f.blocks:
        for v in b.values:
            if v.args:
                v.args = [repl.get(a.id, a) for a in v.args]
        b.controls = [repl.get(c.id, c) for c in b.controls]
    if repl:
        for b in f.blocks:
            b.values = [v for v in b.values if v.id not in repl]
