"""Pointer bitmaps of types: which 8-byte words of a value hold pointers.

The garbage collector scans heap objects and globals precisely through these masks:
bit i of a type's mask is set when word i of a value of the type holds a pointer the
collector must follow (pointers, unsafe.Pointer, maps, channels, funcs, the data word of
strings and slices, both words of interfaces). Descriptors carry the mask as ``gcdata``
(bytes, least significant bit first, ptrdata/8 bits); package-level variables carry it in
their symbol (``Symbol.gcmask``) for the linker's map of the data and bss sections.
"""

from __future__ import annotations

from pogo.compile.types.types import (
    Array,
    Basic,
    Chan,
    Interface,
    Kind,
    Map,
    Pointer,
    Signature,
    Slice,
    Struct,
    Type,
    sizeof,
)

# Bitmaps longer than this many bits are not emitted in descriptors; the runtime then
# treats every word of the type's ptrdata prefix as a possible pointer.
MAX_DESC_BITS = 1 << 16


def _words(t: Type) -> int:
    return (sizeof(t) + 7) // 8


def pointer_mask(t: Type) -> int:
    """Bit i set: word i of a value of type t holds a pointer."""
    u = t.underlying()
    if isinstance(u, Basic):
        return 1 if u.kind in (Kind.STRING, Kind.UNSAFE_POINTER) else 0
    if isinstance(u, (Pointer, Slice, Signature, Map, Chan)):
        return 1
    if isinstance(u, Interface):
        return 3
    if isinstance(u, Array):
        if u.length == 0:
            return 0
        elem = pointer_mask(u.elem)
        if elem == 0:
            return 0
        esize = sizeof(u.elem)
        if esize % 8:  # pointers are 8-aligned, so a pointer element's size is too
            return (1 << _words(t)) - 1
        w = esize // 8
        # elem repeated u.length times, w words apart.
        return elem * (((1 << (w * u.length)) - 1) // ((1 << w) - 1))
    if isinstance(u, Struct):
        mask = 0
        for f, off in zip(u.fields, u.offsets(), strict=True):
            fm = pointer_mask(f.type)
            if fm:
                if off % 8:
                    raise AssertionError("pointer field at an unaligned offset")
                mask |= fm << (off // 8)
        return mask
    # Anything else (type parameters should have been substituted): every word.
    return (1 << _words(t)) - 1


def ptrdata(t: Type) -> int:
    """Bytes of the prefix of a value of t that holds pointers (0: none)."""
    return pointer_mask(t).bit_length() * 8


def mask_bytes(mask: int) -> bytes:
    """The mask as bytes, least significant bit first (b"" for no pointers)."""
    return mask.to_bytes((mask.bit_length() + 7) // 8, "little")

