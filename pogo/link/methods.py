"""Which method records of a type descriptor name code the program may call.

A concrete type's descriptor lists every method with its code address (``ifn``),
so following those addresses keeps every method of every type whose
descriptor is reachable. But the only ways to reach that code at run time are
an itab built by ``runtime.getitab`` for an interface type, whose own
descriptor lists the wanted methods by name and signature, and reflect's
``Value.Method``. So, as gc's linker does, a method's code is kept only when
some reachable interface descriptor has a method of the same name and
signature, or when reflect's method values are reachable; otherwise the
record's code word is left 0. Itabs the compiler emits reference their
methods directly and are unaffected.

The descriptor layout is ``pogo/compile/typedesc.py``'s.
"""

from __future__ import annotations

import struct

from pogo.obj.objfile import RelocKind, Symbol

KIND_OFFSET = 23
KIND_INTERFACE = 20
METHODS_OFFSET = 88
NMETHODS_OFFSET = 96
METHOD_SIZE = 40
IFN_OFFSET = 32
UNCOMMON_OFFSET = 112
UNCOMMON_MTYPES = 80  # within the uncommon record: address of the method type array

# Functions that turn a method record's code address into a callable value:
# once one of them is reachable, every kept type keeps all its methods.
REFLECT_METHOD_USERS = frozenset({"reflect.Value.Method", "reflect.Value.MethodByName"})

MethodKey = tuple[bytes, bytes]  # (qualified name, signature without receiver)


def is_type_descriptor(s: Symbol) -> bool:
    return s.name.startswith("type:") and len(s.data) >= 120


def _records(s: Symbol) -> tuple[int, int]:
    """(offset of the method records within s, their number), (0, 0) if none."""
    n = struct.unpack_from("<Q", s.data, NMETHODS_OFFSET)[0]
    if n == 0:
        return 0, 0
    for r in s.relocs:
        if r.offset == METHODS_OFFSET and r.sym == s.name:
            return r.addend, n
    return 0, 0


class MethodTable:
    """Method keys of descriptors, read from their records' name and signature strings."""

    def __init__(self, symbols: dict[str, Symbol]) -> None:
        self.symbols = symbols

    def _string(self, s: Symbol, off: int) -> bytes:
        length = struct.unpack_from("<Q", s.data, off + 8)[0]
        if length == 0:
            return b""
        for r in s.relocs:
            if r.offset == off:
                t = self.symbols.get(r.sym)
                if t is not None:
                    return t.data[r.addend : r.addend + length]
        return b""

    def interface_keys(self, s: Symbol) -> list[MethodKey]:
        """The methods an interface descriptor asks for ([] for other types)."""
        if not is_type_descriptor(s) or s.data[KIND_OFFSET] != KIND_INTERFACE:
            return []
        base, n = _records(s)
        return [self._key(s, base + METHOD_SIZE * i) for i in range(n)] if base else []

    def code_slots(self, s: Symbol) -> dict[int, MethodKey]:
        """Offsets of the code-address words of a concrete type's method records."""
        if not is_type_descriptor(s) or s.data[KIND_OFFSET] == KIND_INTERFACE:
            return {}
        base, n = _records(s)
        if not base:
            return {}
        return {base + METHOD_SIZE * i + IFN_OFFSET: self._key(s, base + METHOD_SIZE * i) for i in range(n)}

    def method_type_slots(self, s: Symbol) -> set[int]:
        """Offsets of the weak words naming each method's func type in a concrete
        type's uncommon record: only reflect's Value.Method reads them."""
        if not is_type_descriptor(s) or s.data[KIND_OFFSET] == KIND_INTERFACE:
            return set()
        n = struct.unpack_from("<Q", s.data, NMETHODS_OFFSET)[0]
        if n == 0:
            return set()
        uncommon = next((r.addend for r in s.relocs if r.offset == UNCOMMON_OFFSET and r.sym == s.name), 0)
        if not uncommon:
            return set()
        arr = next((r.addend for r in s.relocs if r.offset == uncommon + UNCOMMON_MTYPES and r.sym == s.name), 0)
        return {arr + 8 * i for i in range(n)} if arr else set()

    def _key(self, s: Symbol, rec: int) -> MethodKey:
        return self._string(s, rec), self._string(s, rec + 16)


def weaken_dropped(symbols: list[Symbol], kept: set[str], table: MethodTable) -> None:
    """Turn the code relocations of dropped methods into weak ones, which read 0."""
    for s in symbols:
        slots = table.code_slots(s)
        if not slots:
            continue
        for r in s.relocs:
            if r.offset in slots and r.kind == RelocKind.ABS64 and r.sym not in kept:
                r.kind = RelocKind.WEAK64
