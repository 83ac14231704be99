"""The SSA pass pipeline: an ordered table of passes, each a function over one Func."""

from __future__ import annotations

import os
from collections.abc import Callable

from pogo.compile.ssa.core import Func
from pogo.compile.ssa.passes.constfold import constfold
from pogo.compile.ssa.passes.copyelim import copyelim
from pogo.compile.ssa.passes.deadcode import deadcode
from pogo.compile.ssa.verify import verify

Pass = tuple[str, Callable[[Func], None]]

# Order matters: copies must be gone before folding sees constant arguments, and dead
# code is cleaned up last. Register allocation and layout happen in the amd64 back end.
PASSES: list[Pass] = [
    ("copyelim", copyelim),
    ("constfold", constfold),
    ("deadcode", deadcode),
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
