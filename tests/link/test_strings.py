"""link/strings.py: a string found inside another kept string is not stored twice."""

from __future__ import annotations

from pogo.link.strings import share_strings
from pogo.obj.objfile import Reloc, RelocKind, Symbol, SymKind


def _str(name: str, data: bytes) -> Symbol:
    return Symbol("go:string." + name, SymKind.RODATA, data, dupok=True)


def test_substrings_point_into_their_holder() -> None:
    long, inner, spans, other = _str("a", b"*os.File"), _str("b", b"os.File"), _str("c", b"Fileu"), _str(
        "d", b"uint8")
    user = Symbol("main.f", SymKind.TEXT, bytes(16), relocs=[
        Reloc(0, RelocKind.PCREL32, inner.name, -4), Reloc(8, RelocKind.ABS64, spans.name),
        Reloc(4, RelocKind.PCREL32, long.name, -4)])
    kept = share_strings([user, long, inner, spans, other])
    names = [s.name for s in kept]
    # "Fileu" occurs only across the two stored strings: it keeps its own copy
    assert inner.name not in names and spans.name in names and other.name in names
    assert (user.relocs[0].sym, user.relocs[0].addend) == (long.name, -3)
    assert (user.relocs[1].sym, user.relocs[1].addend) == (spans.name, 0)
    assert (user.relocs[2].sym, user.relocs[2].addend) == (long.name, -4)
