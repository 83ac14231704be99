"""Type descriptors: the run-time description of a type, emitted as a RODATA symbol.

Layout (72 bytes, little-endian; read by the runtime through unsafe offsets)::

    0   size        u64   bytes of a value
    8   ptrdata     u64   prefix of the value that may hold pointers
    16  hash        u32   FNV-1a of the name
    20  tflag       u8
    21  align       u8
    22  fieldAlign  u8
    23  kind        u8    reflect.Kind
    24  equal       u64   reserved: equality function (0 for now)
    32  gcdata      u64   reserved: pointer bitmap (0 for now; the GC issue fills it)
    40  name.ptr    u64   the type's name as %T prints it ...
    48  name.len    u64
    56  elem        u64   element type descriptor (pointer, slice, array) or 0
    64  len         u64   array length
"""

from __future__ import annotations

import hashlib
import struct

from pogo.compile.ir.typesym import type_symbol
from pogo.compile.types.types import (
    Array,
    Basic,
    Interface,
    Kind,
    Named,
    Pointer,
    Signature,
    Slice,
    Type,
    alignof,
    sizeof,
    type_string,
)
from pogo.obj.objfile import Reloc, RelocKind, Symbol, SymKind

KIND_PTR = 22
KIND_SLICE = 23
KIND_ARRAY = 17
KIND_INTERFACE = 20
KIND_FUNC = 19
KIND_STRUCT = 25

DESC_SIZE = 72


def kind_of(t: Type) -> int:
    u = t.underlying()
    if isinstance(u, Basic):
        return int(u.kind) if u.kind < Kind.UNTYPED_BOOL else 0
    if isinstance(u, Pointer):
        return KIND_PTR
    if isinstance(u, Slice):
        return KIND_SLICE
    if isinstance(u, Array):
        return KIND_ARRAY
    if isinstance(u, Interface):
        return KIND_INTERFACE
    if isinstance(u, Signature):
        return KIND_FUNC
    return KIND_STRUCT


def string_symbol(data: bytes) -> str:
    return "go:string." + hashlib.sha256(data).hexdigest()[:20]


def ptrdata(t: Type) -> int:
    u = t.underlying()
    if isinstance(u, Basic):
        return 8 if u.kind in (Kind.STRING, Kind.UNSAFE_POINTER) else 0
    if isinstance(u, (Pointer, Slice, Signature)):
        return 8
    if isinstance(u, Interface):
        return 16
    if isinstance(u, Array):
        inner = ptrdata(u.elem)
        return 0 if inner == 0 or u.length == 0 else sizeof(u.elem) * (u.length - 1) + inner
    return sizeof(t)


def type_descriptor(t: Type, strings: dict[bytes, str]) -> tuple[Symbol, list[Type]]:
    """The descriptor symbol for t and the further types it references."""
    name = type_string(t, canon=True).encode()
    if isinstance(t, Named) and t.obj.pkg is None:
        name = t.obj.name.encode()
    h = 2166136261
    for c in name:
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    size = sizeof(t)
    align = alignof(t)
    data = struct.pack("<QQIBBBBQQQQQQ", size, ptrdata(t), h, 0, align, align, kind_of(t), 0, 0, 0, len(name), 0, 0)
    relocs: list[Reloc] = []
    more: list[Type] = []
    sname = strings.get(name)
    if sname is None:
        sname = string_symbol(name)
        strings[name] = sname
    relocs.append(Reloc(40, RelocKind.ABS64, sname, 0))
    u = t.underlying()
    elem: Type | None = None
    if isinstance(u, (Pointer, Slice, Array)):
        elem = u.elem
    if elem is not None:
        relocs.append(Reloc(56, RelocKind.ABS64, type_symbol(elem), 0))
        more.append(elem)
    if isinstance(u, Array):
        data = data[:64] + struct.pack("<Q", u.length)
    assert len(data) == DESC_SIZE
    return Symbol(type_symbol(t), SymKind.RODATA, data, align=8, relocs=relocs, dupok=True), more
