"""Uncommon records of type descriptors, which only reflect and SetFinalizer read.

A descriptor's uncommon record (compile/typedesc.py: package path, field tags, a func
type's parameter and result types, the package path of a struct's fields, ptrToThis,
method types) ends the descriptor, and only package reflect and
``runtime.SetFinalizer`` (which checks a finalizer's parameters) read it. In a program
that links neither, the dead-code walk does not follow its references, and the
descriptors are cut off before it with their ``uncommon`` word 0: in hello world that
drops about a hundred bytes per named type, with the package path strings.
"""

from __future__ import annotations

from dataclasses import replace

from pogo.obj.objfile import Symbol

UNCOMMON = 112  # the descriptor word holding the record's address
USERS = frozenset({"runtime.SetFinalizer"})  # and every symbol of package reflect


def start(s: Symbol) -> int:
    """Offset of s's uncommon record when s is a type descriptor that has one, else 0."""
    if not s.name.startswith("type:") or len(s.data) <= UNCOMMON + 8:
        return 0
    for r in s.relocs:
        if r.offset == UNCOMMON and r.sym == s.name:
            return r.addend
    return 0


def needed(symbols: list[Symbol]) -> bool:
    """Whether some kept symbol reads uncommon records."""
    return any(s.name in USERS or s.name.startswith("reflect.") for s in symbols)


def trimmed(s: Symbol) -> Symbol:
    """s without its uncommon record (s itself if it has none)."""
    base = start(s)
    if not base:
        return s
    data = bytearray(s.data[:base])
    data[UNCOMMON : UNCOMMON + 8] = bytes(8)
    relocs = [r for r in s.relocs if r.offset < base and r.offset != UNCOMMON]
    return replace(s, data=bytes(data), relocs=relocs)
