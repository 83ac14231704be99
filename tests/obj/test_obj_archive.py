"""The archive format round-trips and rejects damaged or foreign files."""

import pytest

from pogo.obj.objfile import Archive, LineEntry, ObjError, Reloc, RelocKind, Symbol, SymKind, decode, encode


def sample() -> Archive:
    sym = Symbol("main.main", SymKind.TEXT, b"\x90\xc3", align=16, file="a.go",
                 lines=[LineEntry(0, 3)], relocs=[Reloc(1, RelocKind.PCREL32, "runtime.x", -4)])
    bss = Symbol("main.v", SymKind.BSS, size=24, align=8)
    return Archive("main", ["fmt", "os"], [sym, bss], b'{"x":1}', "main.init")


def test_round_trip() -> None:
    a = sample()
    assert decode(encode(a)) == a


def test_damaged_payload_is_rejected() -> None:
    data = bytearray(encode(sample()))
    data[-1] ^= 0xFF
    with pytest.raises(ObjError, match="damaged"):
        decode(bytes(data))


def test_foreign_file_is_rejected() -> None:
    with pytest.raises(ObjError, match="not a pogo archive"):
        decode(b"!<arch>\n" + b"\0" * 100)


def test_other_version_is_rejected() -> None:
    data = bytearray(encode(sample()))
    data[8] = 99
    with pytest.raises(ObjError, match="version"):
        decode(bytes(data))
