"""Escape summaries in export data, so that calls of other packages' functions are as
precise as calls within a package.

The summaries ride in the export JSON under ``"esc"``: link symbol -> one entry per
parameter (receiver first), ``[heap, [[result, derefs], ...]]`` with heap -1 for never.
Only functions with a parameter that can hold a pointer are listed.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from pogo.compile.ir import nodes as ir
from pogo.compile.ir.escape import Leaks, has_pointers
from pogo.compile.types.export import with_section


def attach(export: bytes, pkg: ir.Package, summaries: dict[str, list[Leaks]]) -> bytes:
    """The export data with the package's summaries added."""
    wanted = {f.name for f in pkg.funcs if not f.dupok and any(has_pointers(p.type) for p in f.params)}
    esc = {sym: [[lk.heap, sorted(lk.results.items())] for lk in leaks] for sym, leaks in summaries.items() if sym in wanted}
    if not esc:
        return export
    return with_section(export, "esc", esc)


@functools.lru_cache(maxsize=64)
def parsed(data: bytes) -> Any:
    """An import's export JSON, parsed once for every reader of this compile."""
    return json.loads(data)


def read(exports: dict[str, bytes]) -> dict[str, list[Leaks]]:
    """The summaries found in the imported packages' export data."""
    out: dict[str, list[Leaks]] = {}
    for data in exports.values():
        if b'"esc":' not in data:
            continue
        try:
            d: Any = parsed(data)
            for sym, params in d.get("esc", {}).items():
                out[str(sym)] = [Leaks(int(h), {int(r): int(k) for r, k in res}) for h, res in params]
        except (ValueError, TypeError, AttributeError):
            continue
    return out
