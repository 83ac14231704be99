"""Copy elimination: uses of a Copy read its source directly.

Phis that merge only one value besides themselves (``v = Phi w v``, left by the on-the-fly
SSA construction around loops) are copies too and are turned into them first.
"""

from __future__ import annotations

from pogo.compile.ssa.core import Func, Value


def _source(v: Value) -> Value:
    seen = 0
    while v.op == "Copy" and seen < 10000:
        v = v.args[0]
        seen += 1
    return v


def _redundant_phis(f: Func) -> None:
    changed = True
    while changed:
        changed = False
        for b in f.blocks:
            for v in b.values:
                if v.op != "Phi":
                    continue
                others = {id(s): s for s in (_source(a) for a in v.args) if s is not v}
                if len(others) == 1:
                    (w,) = others.values()
                    v.op, v.args = "Copy", [w]
                    v.pointer = v.pointer or w.pointer
                    changed = True


def copyelim(f: Func) -> None:
    _redundant_phis(f)
    for b in f.blocks:
        for v in b.values:
            v.args = [_source(a) for a in v.args]
        b.controls = [_source(c) for c in b.controls]
        # phis turned into copies move behind the phis, which stay first in the block
        b.values = [v for v in b.values if v.op == "Phi"] + [v for v in b.values if v.op != "Phi"]
