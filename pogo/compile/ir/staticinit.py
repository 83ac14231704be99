"""Package-level variables whose initial value can be laid out at compile time.

``var V = expr`` normally becomes code in the package initialiser, which makes the linker keep
V and everything expr refers to in every program that imports the package. When expr is built
only from constants (integers, booleans, floats), ``nil``, addresses of package-level variables
(``&x``) and slices ``a[:]`` of package-level arrays, composite literals of those, ``&T{...}``
and ``[]T{...}`` (whose backing store becomes an anonymous data symbol), V is emitted as initialised
data with relocations instead: the initialiser does not mention it, so an unused V — and the
tables it points to — are dropped by the linker (the unicode tables rely on this).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from fractions import Fraction

from pogo.compile.syntax import nodes as n
from pogo.compile.types.base import Info, Mode
from pogo.compile.types.objects import Nil, Package, Var
from pogo.compile.types.types import Array, Basic, Kind, Pointer, Slice, Struct, Type, identical, sizeof


@dataclass(slots=True)
class StaticData:
    """The bytes of a statically initialised symbol; relocs are (offset, symbol, addend),
    each an absolute 64-bit address."""

    data: bytearray
    relocs: list[tuple[int, str, int]] = field(default_factory=list)


@dataclass(slots=True)
class StaticSymbol:
    """An anonymous backing store (of ``&T{...}`` or ``[]T{...}``) of some static variable."""

    sym: str
    type: Type
    value: StaticData


class NotStatic(Exception):
    """The initialiser needs code."""


class StaticInit:
    """Decides and lays out the static initialisers of one package."""

    def __init__(self, info: Info, pkg: Package) -> None:
        self.info = info
        self.pkg = pkg
        self.extra: list[StaticSymbol] = []
        self.globals = set(info.globals)

    def try_var(self, v: Var, rhs: n.Expr) -> StaticData | None:
        """The static value of ``var v = rhs``, or None if it needs code."""
        mark = len(self.extra)
        out = StaticData(bytearray(sizeof(v.type)))
        self._base = v.qualified()
        try:
            self.put(out, 0, v.type, rhs)
        except NotStatic:
            del self.extra[mark:]
            return None
        return out

    def backing(self, t: Type, e: n.CompositeLit) -> str:
        sym = f"{self._base}·static{len(self.extra)}"
        value = StaticData(bytearray(sizeof(t)))
        self.extra.append(StaticSymbol(sym, t, value))
        self.fill(value, 0, t, e)
        return sym

    def put(self, out: StaticData, off: int, t: Type, e: n.Expr) -> None:
        while isinstance(e, n.ParenExpr):
            e = e.x
        tv = self.info.types.get(e)
        if tv is None:
            raise NotStatic
        u = t.underlying()
        if tv.mode == Mode.CONSTANT and tv.val is not None:
            self.constant(out, off, u, tv.val)
            return
        if (isinstance(tv.type, Basic) and tv.type.kind == Kind.UNTYPED_NIL) or (isinstance(e, n.Name) and isinstance(self.info.uses.get(e), Nil)):
            return  # already zero
        if isinstance(e, n.CompositeLit) and isinstance(u, (Struct, Array)) and identical(tv.type, t):
            self.fill(out, off, t, e)
            return
        if isinstance(e, n.CompositeLit) and isinstance(u, Slice) and identical(tv.type, t):
            length = self.lit_length(e)
            sym = self.backing(Array(u.elem, length), e)
            out.relocs.append((off, sym, 0))
            out.data[off + 8 : off + 24] = struct.pack("<qq", length, length)
            return
        if isinstance(e, n.UnaryExpr) and e.op == "&" and isinstance(u, Pointer) and identical(tv.type, t):
            x = e.x
            while isinstance(x, n.ParenExpr):
                x = x.x
            if isinstance(x, n.CompositeLit):
                out.relocs.append((off, self.backing(u.elem, x), 0))
                return
            obj = self.info.uses.get(x) if isinstance(x, n.Name) else None
            if isinstance(obj, Var) and obj in self.globals:
                out.relocs.append((off, obj.qualified(), 0))
                return
            raise NotStatic
        if isinstance(e, n.SliceExpr) and e.lo is None and e.hi is None and e.max is None and isinstance(u, Slice):
            # arr[:] of a package-level array variable
            obj = self.info.uses.get(e.x) if isinstance(e.x, n.Name) else None
            at = obj.type.underlying() if isinstance(obj, Var) else None
            if isinstance(obj, Var) and obj in self.globals and isinstance(at, Array) and identical(at.elem, u.elem):
                out.relocs.append((off, obj.qualified(), 0))
                out.data[off + 8 : off + 24] = struct.pack("<qq", at.length, at.length)
                return
        raise NotStatic

    def constant(self, out: StaticData, off: int, u: Type, val: object) -> None:
        if not isinstance(u, Basic):
            raise NotStatic
        if u.is_boolean() and isinstance(val, bool):
            out.data[off] = int(val)
        elif u.is_integer() and isinstance(val, int) and not isinstance(val, bool):
            out.data[off : off + u.size] = (val % (1 << (8 * u.size))).to_bytes(u.size, "little")
        elif u.is_float() and isinstance(val, (int, Fraction)) and not isinstance(val, bool):
            out.data[off : off + u.size] = struct.pack("<d" if u.size == 8 else "<f", float(val))
        else:
            raise NotStatic  # strings, complex numbers: left to code

    def lit_length(self, e: n.CompositeLit) -> int:
        idx = most = 0
        for el in e.elems:
            if isinstance(el, n.KeyValueExpr):
                kv = self.info.types[el.key].val
                if not isinstance(kv, int):
                    raise NotStatic
                idx = kv
            idx += 1
            most = max(most, idx)
        return most

    def fill(self, out: StaticData, off: int, t: Type, e: n.CompositeLit) -> None:
        u = t.underlying()
        if isinstance(u, Struct):
            offs = u.offsets()
            for i, el in enumerate(e.elems):
                if isinstance(el, n.KeyValueExpr):
                    if not isinstance(el.key, n.Name):
                        raise NotStatic
                    fobj = self.info.uses.get(el.key)
                    key = el.key.value
                    k = next(j for j, f in enumerate(u.fields) if f is fobj or f.name == key)
                    val = el.value
                else:
                    k, val = i, el
                self.put(out, off + offs[k], u.fields[k].type, val)
            return
        if not isinstance(u, Array):
            raise NotStatic
        size = sizeof(u.elem)
        idx = 0
        for el in e.elems:
            val = el
            if isinstance(el, n.KeyValueExpr):
                kv = self.info.types[el.key].val
                if not isinstance(kv, int):
                    raise NotStatic
                idx = kv
                val = el.value
            self.put(out, off + idx * size, u.elem, val)
            idx += 1
