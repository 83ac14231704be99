"""Store a string's bytes once when it occurs inside another string.

String data (``go:string.<hash>`` symbols, merged by content across packages) is
read-only and Go promises nothing about the addresses of equal or overlapping
strings, so a string whose bytes occur inside a longer kept one needs no copy of
its own: references to it point into the longer string instead. Type names are the
usual case (``*os.File`` holds ``os.File``, ``[]uint8`` holds ``uint8``).
"""

from __future__ import annotations

from bisect import bisect_right

from pogo.obj.objfile import Symbol, SymKind

PREFIX = "go:string."


def share_strings(symbols: list[Symbol]) -> list[Symbol]:
    """``symbols`` without the strings found inside others; relocations to a dropped
    string are redirected into the string that holds it."""
    strs = [s for s in symbols if s.name.startswith(PREFIX) and s.kind == SymKind.RODATA and not s.relocs]
    if len(strs) < 2:
        return symbols
    where: dict[str, tuple[str, int]] = {}  # dropped string -> (holder, offset)
    blob = bytearray()
    starts: list[int] = []  # where each holder's bytes start in blob
    holders: list[Symbol] = []
    for s in sorted(strs, key=lambda s: (-len(s.data), s.name)):
        data = bytes(s.data)
        at = blob.find(data) if data else -1
        while at >= 0:
            k = bisect_right(starts, at) - 1
            if at + len(data) <= starts[k] + len(holders[k].data):
                where[s.name] = (holders[k].name, at - starts[k])
                break
            at = blob.find(data, at + 1)  # spans two holders: look further on
        else:
            starts.append(len(blob))
            holders.append(s)
            blob += data
    if not where:
        return symbols
    for s in symbols:
        for r in s.relocs:
            hit = where.get(r.sym)
            if hit is not None:
                r.sym = hit[0]
                r.addend += hit[1]
    return [s for s in symbols if s.name not in where]
