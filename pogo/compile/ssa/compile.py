"""The SSA pass pipeline: an ordered table of passes, each a function over one Func."""

from __future__ import annotations

import os
from collections.abc import Callable

from pogo.compile.amd64.lower import lower
from pogo.compile.ssa.core import Func
from pogo.compile.ssa.passes.addrmode import addrmode
from pogo.compile.ssa.passes.constfold import constfold
from pogo.compile.ssa.passes.copyelim import copyelim
from pogo.compile.ssa.passes.cse import cse
from pogo.compile.ssa.passes.deadcode import deadcode
from pogo.compile.ssa.passes.nilcheck import nilcheck
from pogo.compile.ssa.passes.prove import prove
from pogo.compile.ssa.verify import verify

Pass = tuple[str, Callable[[Func], None]]

# Order matters: copies must be gone before folding sees constant arguments (folding
# makes copies of its own, hence the second copyelim); CSE makes repeated conditions one
# value so prove can decide them; addressing modes come after dead code is gone (so the
# Adds they absorb can die) and are followed by a dead-code sweep. Lowering rewrites
# generic ops into amd64's preferred forms by the declarative rules of amd64/rules.py
# (strength reduction, lea, division by constants); what it leaves dead goes next.
# Block layout, register allocation and frame layout happen in the amd64 back end
# (amd64/layout.py, regalloc.py, gen.py).
PASSES: list[Pass] = [
    ("copyelim", copyelim),
    ("constfold", constfold),
    ("copyelim2", copyelim),
    ("cse", cse),
    ("prove", prove),
    ("nilcheck", nilcheck),
    ("deadcode", deadcode),
    ("addrmode", addrmode),
    ("deadcode2", deadcode),
    ("lower", lower),
    ("deadcode3", deadcode),
]


def run_passes(f: Func, dump: Callable[[str, Func], None] | None = None, check: bool | None = None) -> None:
    if check is None:
        check = os.environ.get("POGOSSACHECK") == "1"
    if dump is not None:
        dump("start", f)
    if check:
        verify(f)
    for name, fn in PASSES:
        fn(f)
        if check:
            verify(f)
        if dump is not None:
            dump(name, f)
