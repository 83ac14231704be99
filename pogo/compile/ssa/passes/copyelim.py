"""Copy elimination: uses of a Copy read its source directly."""

from __future__ import annotations

from pogo.compile.ssa.core import Func, Value


def _source(v: Value) -> Value:
    seen = 0
    while v.op == "Copy" and seen < 10000:
        v = v.args[0]
        seen += 1
    return v


def copyelim(f: Func) -> None:
    for b in f.blocks:
        for v in b.values:
            v.args = [_source(a) for a in v.args]
        b.controls = [_source(c) for c in b.controls]
