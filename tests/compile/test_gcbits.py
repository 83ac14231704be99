"""Pointer bitmaps of types (pogo/compile/gcbits.py), which the collector trusts: a pointer
word missing from a mask means a live object freed."""

from __future__ import annotations

from pogo.compile.gcbits import mask_bytes, pointer_mask, ptrdata
from pogo.compile.types.objects import Var
from pogo.compile.types.types import Array, Interface, Pointer, Slice, Struct, Type
from pogo.compile.types.universe import FLOAT64, INT, INT8, STRING, UINT8, UINTPTR, UNSAFE_POINTER


def _struct(*fields: Type) -> Struct:
    return Struct([Var(f"f{i}", t, None) for i, t in enumerate(fields)])


def test_scalars_and_pointer_shapes() -> None:
    assert pointer_mask(INT) == 0 and pointer_mask(UINTPTR) == 0 and pointer_mask(FLOAT64) == 0
    assert pointer_mask(Pointer(INT)) == 1 and pointer_mask(UNSAFE_POINTER) == 1
    assert pointer_mask(STRING) == 0b1  # data word, then the length
    assert pointer_mask(Slice(INT)) == 0b1  # data word, then len and cap
    assert pointer_mask(Interface([])) == 0b11  # type word and data word


def test_struct_fields_at_their_offsets() -> None:
    # words: int8 (padded) | *int | float64 | string (2) | [2]uint8 (padded) | []int (3)
    t = _struct(INT8, Pointer(INT), FLOAT64, STRING, Array(UINT8, 2), Slice(INT))
    assert pointer_mask(t) == (1 << 1) | (1 << 3) | (1 << 6)
    assert ptrdata(t) == 7 * 8


def test_arrays_repeat_the_element() -> None:
    elem = _struct(INT, Pointer(INT), INT)  # 3 words, pointer in the middle
    assert pointer_mask(Array(elem, 4)) == sum(1 << (3 * i + 1) for i in range(4))
    assert pointer_mask(Array(INT, 1000)) == 0
    assert pointer_mask(Array(Pointer(INT), 0)) == 0
    big = Array(STRING, 100_000)
    assert pointer_mask(big).bit_count() == 100_000 and ptrdata(big) == (2 * 100_000 - 1) * 8


def test_mask_bytes_are_little_endian_bits() -> None:
    assert mask_bytes(0) == b""
    assert mask_bytes(0b1_0000_0001) == b"\x01\x01"
