"""Static data for package variables initialised by a call of a tiny constructor.

``var ErrX = errors.New("...")`` runs ``&errorString{s}`` boxed in an ``error``: a
pure function of constants. staticinit.py only sees the call (syntax), so these
stayed stores in the package's init function; io, os, io/fs and internal/oserror
spend kilobytes of init code on them in every program that prints. After
inlining, this pass evaluates such an initialiser (the inlined ``Seq``, or the
call of an imported inlinable body that was not inlined) symbolically; when every
step is one it understands (locals, constants, ``runtime.newobject``, stores at
constant offsets, interface assembly, pointer conversions) the variable gets its
bytes at link time and each allocation becomes a DATA object of its own, so every
variable still points at a distinct object, as at run time. Anything else keeps
its init code.
"""

from __future__ import annotations

import operator
import struct
from collections.abc import Callable
from dataclasses import dataclass, field

from pogo.compile.ir import nodes as ir
from pogo.compile.ir.inlexport import Imported
from pogo.compile.types.types import Basic, Interface, Kind, Pointer, Slice, Type, sizeof


class _NotStatic(Exception):
    """The initialiser needs code at run time."""


class _Jump(Exception):
    """A Goto being run: the statement lists it leaves look for its label."""

    def __init__(self, label: int) -> None:
        super().__init__(label)
        self.label = label


def _is_label(s: ir.Stmt, label: int) -> bool:
    return isinstance(s, ir.Label) and s.label == label


@dataclass(frozen=True)
class _Ptr:
    """The address of a DATA symbol (static object or string)."""

    sym: str


@dataclass
class _Bytes:
    """A value's bytes and its ABS64 relocations (offset, symbol)."""

    data: bytearray
    relocs: dict[int, str] = field(default_factory=dict)


_Val = _Ptr | _Bytes | int | bytes | None  # int: a word; bytes: a string constant; None: zero


@dataclass
class _Eval:
    pkg: ir.Package
    owner: str
    objects: dict[str, tuple[Type, _Bytes]]
    env: dict[int, _Val] = field(default_factory=dict)
    results: list[ir.Local] = field(default_factory=list)

    def run(self, stmts: list[ir.Stmt]) -> list[_Val] | None:
        """Run statements; [the returned value] once a Return is reached, else None."""
        i = 0
        while i < len(stmts):
            try:
                r = self.step(stmts[i])
            except _Jump as j:
                # only forward jumps (an inlined body's early return): no loops
                i = next((k for k in range(i + 1, len(stmts)) if _is_label(stmts[k], j.label)), -1)
                if i < 0:
                    raise
                continue
            if r is not None:
                return r
            i += 1
        return None

    def step(self, s: ir.Stmt) -> list[_Val] | None:
        if isinstance(s, (ir.Line, ir.Label)):
            return None
        if isinstance(s, ir.Goto):
            raise _Jump(s.label)
        if isinstance(s, ir.Declare):
            if s.local.addr_taken:
                raise _NotStatic
            self.env[id(s.local)] = None
            return None
        if isinstance(s, ir.Block):
            return self.run(s.stmts)
        if isinstance(s, ir.If):
            c = self.expr(s.cond)
            if not isinstance(c, int):
                raise _NotStatic
            return self.run(s.then if c else s.else_)
        if isinstance(s, ir.Assign):
            self.assign(s.dst, self.expr(s.src))
            return None
        if isinstance(s, ir.Return):
            if not s.values and len(self.results) == 1:
                return [self.expr(ir.LocalRef(self.results[0].type, self.results[0]))]
            if len(s.values) != 1:
                raise _NotStatic
            return [self.expr(s.values[0])]
        raise _NotStatic

    def assign(self, dst: ir.Expr, v: _Val) -> None:
        if isinstance(dst, ir.LocalRef) and not dst.local.addr_taken:
            self.env[id(dst.local)] = v
            return
        if isinstance(dst, ir.Load):
            sym, off = self.address(dst.addr)
            _, obj = self.objects[sym]
            _store(self.pkg.strings, obj, off, dst.type, v)
            return
        raise _NotStatic

    def address(self, e: ir.Expr) -> tuple[str, int]:
        """A static object and the constant offset into it that e points at."""
        while isinstance(e, (ir.Convert, ir.NilCheck)):
            e = e.x
        if isinstance(e, ir.PtrAdd):
            sym, off = self.address(e.ptr)
            o = self.expr(e.offset)
            if not isinstance(o, int):
                raise _NotStatic
            return sym, off + o
        v = self.expr(e)
        if isinstance(v, _Ptr) and v.sym in self.objects:
            return v.sym, 0
        raise _NotStatic

    def expr(self, e: ir.Expr) -> _Val:
        if isinstance(e, ir.Const):
            c = e.value
            if isinstance(c, bool):
                return int(c)
            if isinstance(c, (int, bytes)):
                return c
            raise _NotStatic
        if isinstance(e, ir.Nil):
            return None
        if isinstance(e, ir.LocalRef):
            if id(e.local) not in self.env:
                raise _NotStatic
            return self.env[id(e.local)]
        if isinstance(e, ir.Convert):
            v = self.expr(e.x)
            tu = e.type.underlying()
            if isinstance(tu, Basic) and tu.is_integer() and _integer(e.x.type):
                if not isinstance(v, int):
                    raise _NotStatic
                return _wrap(v, tu)
            if not _word_like(e.type) or not _word_like(e.x.type):
                raise _NotStatic
            return v
        if isinstance(e, ir.Binary) and e.op in _COMPARE and _integer(e.operand):
            x, y = self.expr(e.x), self.expr(e.y)
            if not isinstance(x, int) or not isinstance(y, int):
                raise _NotStatic
            return int(_COMPARE[e.op](x, y))
        if isinstance(e, ir.SymAddr):
            if e.sym not in self.pkg.itabs:
                raise _NotStatic
            return _Ptr(e.sym)
        if isinstance(e, ir.Make):
            if not isinstance(e.type.underlying(), (Interface, Slice)) and not _is_string(e.type):
                raise _NotStatic
            out = _Bytes(bytearray(sizeof(e.type)))
            for k, p in enumerate(e.parts):
                _store(self.pkg.strings, out, 8 * k, p.type, self.expr(p))
            return out
        if isinstance(e, ir.Seq):
            try:
                r = self.run(e.stmts)
            except _Jump:
                raise _NotStatic from None  # leaves the expression
            if r is not None:
                raise _NotStatic
            return self.expr(e.value)
        if isinstance(e, ir.Call) and e.sym == "runtime.newobject" and len(e.args) == 1:
            t = e.args[0]
            if not isinstance(t, ir.TypeAddr) or sizeof(t.of) == 0:
                raise _NotStatic  # zero-size objects share one address at run time
            name = f"{self.owner}·sobj{len(self.objects)}"
            self.objects[name] = (t.of, _Bytes(bytearray(sizeof(t.of))))
            return _Ptr(name)
        raise _NotStatic


_COMPARE: dict[str, Callable[[int, int], bool]] = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}


def _integer(t: Type) -> bool:
    u = t.underlying()
    return isinstance(u, Basic) and u.is_integer()


def _wrap(v: int, t: Basic) -> int:
    """v converted to the integer type t (truncated, then read signed or unsigned)."""
    bits = 8 * t.size
    v &= (1 << bits) - 1
    if not t.is_unsigned() and v >> (bits - 1):
        v -= 1 << bits
    return v


def _word_like(t: Type) -> bool:
    u = t.underlying()
    return isinstance(u, Pointer) or (isinstance(u, Basic) and u.kind in (Kind.UNSAFE_POINTER, Kind.UINTPTR))


def _is_string(t: Type) -> bool:
    u = t.underlying()
    return isinstance(u, Basic) and u.kind == Kind.STRING


def _store(strings: dict[bytes, str], obj: _Bytes, off: int, t: Type, v: _Val) -> None:
    """Write v, a value of type t, at off into obj (string data is noted in strings)."""
    size = sizeof(t)
    if off < 0 or off + size > len(obj.data):
        raise _NotStatic
    if v is None:
        return  # the object starts zeroed
    u = t.underlying()
    if isinstance(v, bytes):
        if not _is_string(t):
            raise _NotStatic
        if v:
            sym = strings.get(v)
            if sym is None:
                from pogo.compile.typedesc import string_symbol

                sym = strings[v] = string_symbol(v)
            obj.relocs[off] = sym
            struct.pack_into("<Q", obj.data, off + 8, len(v))
        return
    if isinstance(v, _Ptr):
        if size != 8:
            raise _NotStatic
        obj.relocs[off] = v.sym
        return
    if isinstance(v, int):
        if not isinstance(u, (Basic, Pointer)) or (isinstance(u, Basic) and u.kind in (Kind.STRING,)):
            raise _NotStatic
        if isinstance(u, Pointer) or u.kind == Kind.UNSAFE_POINTER or u.is_float() or u.is_complex():
            if v != 0:
                raise _NotStatic
            return
        obj.data[off : off + size] = (v & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
        return
    if len(v.data) != size:
        raise _NotStatic
    obj.data[off : off + size] = v.data
    for o, s in v.relocs.items():
        obj.relocs[off + o] = s


def make_static(pkg: ir.Package, imported: Imported | None) -> None:
    """Turn the package init's statically computable variable initialisers into data."""
    init = next((f for f in pkg.funcs if f.name == pkg.init), None) if pkg.init else None
    if init is None:
        return
    by_sym = {g.sym: g for g in pkg.globals}
    local = {f.name: f for f in pkg.funcs if not f.intrinsic}
    body: list[ir.Stmt] = []
    for s in init.body:
        g = by_sym.get(s.dst.sym) if isinstance(s, ir.Assign) and isinstance(s.dst, ir.GlobalRef) else None
        if g is None or g.data is not None or not isinstance(s, ir.Assign):
            body.append(s)
            continue
        objects: dict[str, tuple[Type, _Bytes]] = {}
        try:
            v = _value(pkg, imported, local, g.sym, objects, s.src)
            out = _Bytes(bytearray(sizeof(g.type)))
            _store(pkg.strings, out, 0, g.type, v)
        except (_NotStatic, KeyError, ValueError, OverflowError):
            body.append(s)
            continue
        g.data, g.relocs = bytes(out.data), sorted(out.relocs.items())
        for name, (t, b) in objects.items():
            pkg.globals.append(ir.Global(name, t, bytes(b.data), sorted(b.relocs.items())))
    init.body = body
    if all(isinstance(s, ir.Line) for s in body):  # nothing left to run: no init at all
        pkg.funcs.remove(init)
        pkg.init = ""


def _value(pkg: ir.Package, imported: Imported | None, local: dict[str, ir.Func], owner: str,
           objects: dict[str, tuple[Type, _Bytes]], e: ir.Expr) -> _Val:
    """The value of e; a call runs the body of a function of this package or an imported
    inlinable one."""
    ev = _Eval(pkg, owner, objects)
    if isinstance(e, ir.Call) and e.fn is None and e.closure is None:
        callee = local.get(e.sym)
        if callee is None and imported is not None:
            callee = imported.func(e.sym)
            pkg.itabs.update(imported.itabs)
        if callee is None or len(callee.params) != len(e.args) or len(callee.results) != 1:
            raise _NotStatic
        args = [ev.expr(a) for a in e.args]
        ev.env = {id(p): a for p, a in zip(callee.params, args, strict=True)}
        ev.env.update((id(r), None) for r in callee.results)
        ev.results = callee.results
        try:
            r = ev.run(callee.body)
        except _Jump:
            raise _NotStatic from None
        if r is None:
            raise _NotStatic
        return r[0]
    return ev.expr(e)


__all__ = ["make_static"]
