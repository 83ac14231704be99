"""Static initialisation of package-level variables, as gc's staticinit does.

A variable whose initialiser is built only from constants, composite literals of
arrays, structs and slices, ``&T{...}``, top-level functions and conversions of such
non-constant values to interfaces (the type word is the descriptor or itab, the data
word the pointer itself or the address of a static copy) gets its bytes
at link time as a DATA symbol instead of stores in the package's init
function. This saves the code of those stores, and, more importantly, leaves
the variable referenced only by the code that reads it: a table nobody uses
(unicode's, math's) is then dropped by the linker's dead-code elimination.
Anything else (calls, maps, interface-to-interface conversions, other variables) stays
dynamic.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pogo.compile.ir.instantiate import is_generic
from pogo.compile.syntax import nodes as n
from pogo.compile.types.base import Mode
from pogo.compile.types.constant import Complex
from pogo.compile.types.objects import Func, Nil, PkgName, Var
from pogo.compile.types.types import (
    Array,
    Basic,
    Interface,
    Kind,
    Pointer,
    Signature,
    Slice,
    Struct,
    Type,
    identical,
    is_untyped,
    sizeof,
)

if TYPE_CHECKING:
    from pogo.compile.ir.build import PackageBuilder


class _NotStatic(Exception):
    """The initialiser needs code at run time."""


@dataclass
class StaticData:
    """Bytes of one DATA symbol and its ABS64 relocations (offset, target)."""

    data: bytearray
    relocs: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class StaticInit:
    """Evaluates initialisers into DATA symbols; extra symbols (slice backing
    arrays, ``&T{}`` objects) are named after the variable they belong to."""

    pb: PackageBuilder
    strings: dict[bytes, str]
    extra: dict[str, tuple[Type, StaticData]] = field(default_factory=dict)
    _globals: set[Var] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._globals = set(self.pb.info.globals)

    def value(self, sym: str, t: Type, e: n.Expr) -> StaticData | None:
        """The initial bytes of variable ``sym`` of type t, or None if e is not static.

        A value that is all zeros has no relocations and empty ``data``: the
        variable stays in bss.
        """
        d = StaticData(bytearray(sizeof(t)))
        mark = dict(self.extra)
        try:
            self._put(sym, d, 0, t, e)
        except _NotStatic:
            self.extra = mark
            return None
        if not d.relocs and not any(d.data):
            d.data = bytearray()
        return d

    def _new_symbol(self, owner: str, t: Type) -> tuple[str, StaticData]:
        name = f"{owner}·stmp{len(self.extra)}"
        d = StaticData(bytearray(max(sizeof(t), 1)))
        self.extra[name] = (t, d)
        return name, d

    def _put(self, owner: str, d: StaticData, off: int, t: Type, e: n.Expr) -> None:
        while isinstance(e, n.ParenExpr):
            e = e.x
        tv = self.pb.info.types.get(e)
        tu = t.underlying()
        if tv is not None and tv.mode == Mode.CONSTANT:
            self._const(d, off, tu, tv.val)
            return
        if isinstance(e, n.Name) and isinstance(self.pb.info.uses.get(e), Nil):
            self._const(d, off, tu, None)
            return
        if isinstance(tu, Interface) and tv is not None and tv.mode != Mode.CONSTANT and tv.type is not None:
            self._boxed(owner, d, off, t, tv.type, e)
            return
        if isinstance(e, n.CompositeLit):
            if isinstance(tu, Pointer):  # an elided &T in a literal of pointers
                self._pointer_to(owner, d, off, tu.elem, e)
            else:
                self._composite(owner, d, off, tu, e)
            return
        if isinstance(e, n.UnaryExpr) and e.op == "&" and isinstance(tu, Pointer):
            inner = e.x
            while isinstance(inner, n.ParenExpr):
                inner = inner.x
            if isinstance(inner, n.CompositeLit):
                self._pointer_to(owner, d, off, tu.elem, inner)
                return
            g = self._global(inner)
            if g is not None and identical(g.type, tu.elem):  # &V of a package-level V
                d.relocs.append((off, g.qualified()))
                return
        if isinstance(e, n.SliceExpr) and e.lo is None and e.hi is None and e.max is None and isinstance(tu, Slice):
            g = self._global(e.x)  # A[:] of a package-level array A
            at = g.type.underlying() if g is not None else None
            if g is not None and isinstance(at, Array) and identical(at.elem, tu.elem):
                d.relocs.append((off, g.qualified()))
                struct.pack_into("<QQ", d.data, off + 8, at.length, at.length)
                return
        qualified = isinstance(e, n.SelectorExpr) and isinstance(e.x, n.Name) and isinstance(self.pb.info.uses.get(e.x), PkgName)
        if (isinstance(e, n.Name) or qualified) and isinstance(e, (n.Name, n.SelectorExpr)) and isinstance(tu, Signature):
            # F or pkg.F (not a method value x.M: an interface's method has no receiver either)
            name = e if isinstance(e, n.Name) else e.sel
            obj = self.pb.info.uses.get(name)
            if isinstance(obj, Func) and not is_generic(obj) and obj.type is not None:
                sig = obj.type
                if isinstance(sig, Signature) and sig.recv is None and not sig.tparams:
                    d.relocs.append((off, self.pb.funcval(self.pb.func_symbol(obj))))
                    return
        raise _NotStatic

    def _boxed(self, owner: str, d: StaticData, off: int, iface: Type, t: Type, e: n.Expr) -> None:
        """The interface value of a concrete value e of type t converted to iface."""
        from pogo.compile.ir.build import is_direct_iface
        from pogo.compile.ir.methods import method_base
        from pogo.compile.ir.typesym import type_symbol

        iu = iface.underlying()
        assert isinstance(iu, Interface)
        if is_untyped(t) or isinstance(t.underlying(), Interface) or iu.methods and method_base(t) is None:
            raise _NotStatic
        if is_direct_iface(t):
            self._put(owner, d, off + 8, t, e)
        else:
            name, sd = self._new_symbol(owner, t)
            self._put(owner, sd, 0, t, e)
            d.relocs.append((off + 8, name))
        if iu.methods:
            d.relocs.append((off, self.pb.need_itab(t, iface)))
        else:
            self.pb.need_type(t)
            d.relocs.append((off, type_symbol(t)))

    def _global(self, e: n.Expr) -> Var | None:
        """The package-level variable this package declares that e names, if any."""
        while isinstance(e, n.ParenExpr):
            e = e.x
        if not isinstance(e, n.Name):
            return None
        obj = self.pb.info.uses.get(e)
        if isinstance(obj, Var) and obj in self._globals:
            return obj
        return None

    def _pointer_to(self, owner: str, d: StaticData, off: int, et: Type, e: n.CompositeLit) -> None:
        eu = et.underlying()
        if not isinstance(eu, (Array, Struct)):
            raise _NotStatic
        name, sd = self._new_symbol(owner, et)
        self._composite(owner, sd, 0, eu, e)
        d.relocs.append((off, name))

    def _composite(self, owner: str, d: StaticData, off: int, tu: Type, e: n.CompositeLit) -> None:
        if isinstance(tu, Struct):
            offs = tu.offsets()
            for i, el in enumerate(e.elems):
                if isinstance(el, n.KeyValueExpr):
                    if not isinstance(el.key, n.Name):
                        raise _NotStatic
                    fobj = self.pb.info.uses.get(el.key)
                    key = el.key.value
                    k = next(j for j, f in enumerate(tu.fields) if f is fobj or f.name == key)
                    val = el.value
                else:
                    k, val = i, el
                self._put(owner, d, off + offs[k], tu.fields[k].type, val)
            return
        if isinstance(tu, Array):
            self._elements(owner, d, off, tu.elem, e)
            return
        if isinstance(tu, Slice):
            length = _lit_length(self.pb, e)
            if length == 0:
                # an empty, non-nil slice: point at a one-byte zero object
                name, _ = self._new_symbol(owner, Array(tu.elem, 0))
            else:
                name, sd = self._new_symbol(owner, Array(tu.elem, length))
                self._elements(owner, sd, 0, tu.elem, e)
            d.relocs.append((off, name))
            struct.pack_into("<QQ", d.data, off + 8, length, length)
            return
        raise _NotStatic

    def _elements(self, owner: str, d: StaticData, off: int, et: Type, e: n.CompositeLit) -> None:
        es = sizeof(et)
        idx = 0
        for el in e.elems:
            val = el
            if isinstance(el, n.KeyValueExpr):
                kv = self.pb.info.types[el.key].val
                if not isinstance(kv, int) or isinstance(kv, bool):
                    raise _NotStatic
                idx = kv
                val = el.value
            self._put(owner, d, off + idx * es, et, val)
            idx += 1

    def _const(self, d: StaticData, off: int, tu: Type, v: object) -> None:
        from pogo.compile.ssa.build import float_bits

        if v is None:  # nil of a pointer, slice, map, func or interface type
            if isinstance(tu, Basic) or isinstance(tu, (Struct, Array)):
                raise _NotStatic
            return
        if not isinstance(tu, Basic):
            raise _NotStatic  # a constant stored into an interface needs boxing
        if tu.kind == Kind.STRING:
            assert isinstance(v, bytes)
            if v:
                sym = self.strings.get(v)
                if sym is None:
                    from pogo.compile.typedesc import string_symbol

                    sym = string_symbol(v)
                    self.strings[v] = sym
                d.relocs.append((off, sym))
                struct.pack_into("<Q", d.data, off + 8, len(v))
            return
        if tu.kind == Kind.BOOL:
            d.data[off] = 1 if v else 0
            return
        if tu.is_complex():
            half = tu.size // 2
            re, im = (v.re, v.im) if isinstance(v, Complex) else (v, 0)
            _put_bits(d, off, float_bits(re, half), half)  # type: ignore[arg-type]
            _put_bits(d, off + half, float_bits(im, half), half)
            return
        if tu.is_float():
            _put_bits(d, off, float_bits(v, tu.size), tu.size)  # type: ignore[arg-type]
            return
        if (tu.is_integer() or tu.kind == Kind.UNSAFE_POINTER) and isinstance(v, int) and not isinstance(v, bool):
            _put_bits(d, off, v, tu.size)
            return
        raise _NotStatic


def _put_bits(d: StaticData, off: int, v: int, size: int) -> None:
    d.data[off : off + size] = (v & ((1 << (8 * size)) - 1)).to_bytes(size, "little")


def _lit_length(pb: PackageBuilder, e: n.CompositeLit) -> int:
    idx = most = 0
    for el in e.elems:
        if isinstance(el, n.KeyValueExpr):
            kv = pb.info.types[el.key].val
            if not isinstance(kv, int):
                raise _NotStatic
            idx = kv
        idx += 1
        most = max(most, idx)
    return most
