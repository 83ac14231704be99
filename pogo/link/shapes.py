"""Type descriptors that only allocation needs.

Allocation sites (``runtime.newobject``, ``makeslice``, ...) pass a type descriptor
whose size, ptrdata and gcdata are all the allocator and the collector read; the
compiler names such references ``type:T#shape`` (objfile.SHAPE_SUFFIX). A type that
nothing else links (no interface conversion, no reflect, no other descriptor naming
it) can never be looked at as a type, so its descriptor keeps only the first 40
bytes of its header (through gcdata): no name, no field, method or uncommon records,
and none of the descriptors those name. In hello world this drops the runtime's
internal record types.
"""

from __future__ import annotations

from pogo.obj.objfile import SHAPE_SUFFIX, Reloc, Symbol

GCDATA = 32
HEADER = GCDATA + 8  # size, ptrdata, hash, tflag, align, fieldAlign, kind, equal, gcdata


def base_name(name: str) -> str | None:
    """type:T for a reference named type:T#shape, else None."""
    return name[: -len(SHAPE_SUFFIX)] if name.endswith(SHAPE_SUFFIX) else None


def gcdata_target(s: Symbol) -> str | None:
    return next((r.sym for r in s.relocs if r.offset == GCDATA), None)


def header_symbol(s: Symbol) -> Symbol:
    """The descriptor ``s`` cut down to what allocation reads."""
    data = bytes(s.data[:HEADER])
    relocs = [Reloc(r.offset, r.kind, r.sym, r.addend) for r in s.relocs if r.offset == GCDATA]
    return Symbol(s.name, s.kind, data, align=s.align, relocs=relocs, dupok=s.dupok)


def resolve(symbols: list[Symbol]) -> None:
    """Point every ``type:T#shape`` relocation at type:T itself."""
    for s in symbols:
        for r in s.relocs:
            b = base_name(r.sym)
            if b is not None:
                r.sym = b
