"""Small data symbols the compiler emits besides functions and type descriptors."""

from __future__ import annotations

from pogo.obj.objfile import Reloc, RelocKind, Symbol, SymKind


def funcval_symbol(name: str, target: str) -> Symbol:
    """The static closure of a function that captures nothing: one word, its code
    address. A func value is a pointer to such a closure object (see ARCHITECTURE.md)."""
    return Symbol(name, SymKind.RODATA, bytes(8), align=8, relocs=[Reloc(0, RelocKind.ABS64, target, 0)], dupok=True)
