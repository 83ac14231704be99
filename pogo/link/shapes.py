"""Type descriptors that only allocation needs.

Allocation sites (``runtime.newobject``, ``makeslice``, ...) pass a type descriptor
whose size, ptrdata and gcdata are all the allocator and the collector read; the
compiler names such references ``type:T#shape`` (objfile.SHAPE_SUFFIX). A type that
nothing else links (no interface conversion, no reflect, no other descriptor naming
it) can never be looked at as a type, so its descriptor keeps only that 120-byte
header: no name, no field, method or uncommon records, and none of the descriptors
those name. In hello world this drops the runtime's internal record types.
"""

from __future__ import annotations

from pogo.obj.objfile import SHAPE_SUFFIX, Reloc, Symbol

HEADER = 120
GCDATA = 32
_KEEP = 32  # size, ptrdata, hash, tflag, align, fieldAlign, kind


def base_name(name: str) -> str | None:
    """type:T for a reference named type:T#shape, else None."""
    return name[: -len(SHAPE_SUFFIX)] if name.endswith(SHAPE_SUFFIX) else None


def gcdata_target(s: Symbol) -> str | None:
    return next((r.sym for r in s.relocs if r.offset == GCDATA), None)


def header_symbol(s: Symbol) -> Symbol:
    """The descriptor ``s`` cut down to what allocation reads."""
    data = bytearray(HEADER)
    data[:_KEEP] = s.data[:_KEEP]
    data[GCDATA : GCDATA + 8] = s.data[GCDATA : GCDATA + 8]
    data[64:72] = s.data[64:72]  # len: plain data, kept as is
    relocs = [Reloc(r.offset, r.kind, r.sym, r.addend) for r in s.relocs if r.offset == GCDATA]
    return Symbol(s.name, s.kind, bytes(data), align=s.align, relocs=relocs, dupok=s.dupok)


def resolve(symbols: list[Symbol]) -> None:
    """Point every ``type:T#shape`` relocation at type:T itself."""
    for s in symbols:
        for r in s.relocs:
            b = base_name(r.sym)
            if b is not None:
                r.sym = b
