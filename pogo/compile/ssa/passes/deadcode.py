"""Dead code elimination: unreachable blocks and values nobody uses."""

from __future__ import annotations

from pogo.compile.ssa.core import OPS, Func, Value


def reachable_blocks(f: Func) -> set[int]:
    seen = {f.entry.id}
    work = [f.entry]
    while work:
        b = work.pop()
        for s in b.succs:
            if s.id not in seen:
                seen.add(s.id)
                work.append(s)
    return seen


def deadcode(f: Func) -> None:
    live_blocks = reachable_blocks(f)
    for b in f.blocks:
        if b.id not in live_blocks:
            for s in b.succs:
                idx = [i for i, p in enumerate(s.preds) if p is b]
                for i in reversed(idx):
                    s.preds.pop(i)
                    for v in s.values:
                        if v.op == "Phi":
                            v.args.pop(i)
    f.blocks = [b for b in f.blocks if b.id in live_blocks]
    # mark live values: effects, controls, and everything they use
    live: set[int] = set()
    work: list[Value] = []
    for b in f.blocks:
        for v in b.values:
            if OPS[v.op].effect and v.op not in ("Load", "LoadIdx"):
                work.append(v)
        work.extend(b.controls)
    while work:
        v = work.pop()
        if v.id in live:
            continue
        live.add(v.id)
        work.extend(v.args)
    for b in f.blocks:
        b.values = [v for v in b.values if v.id in live]
