"""Type descriptors: the run-time description of a type, emitted as a RODATA symbol.

Layout (little-endian; read by the runtime and fmt through unsafe offsets)::

    0   size        u64   bytes of a value
    8   ptrdata     u64   prefix of the value that may hold pointers
    16  hash        u32   FNV-1a of the name
    20  tflag       u8    bit 0: "direct" — the value is pointer-shaped and an interface's
                          data word holds it directly (otherwise a pointer to a copy)
    21  align       u8
    22  fieldAlign  u8
    23  kind        u8    reflect.Kind
    24  equal       u64   reserved: equality function (0 for now)
    32  gcdata      u64   pointer bitmap: ptrdata/8 bits, least significant first, one per
                          word (gcbits.py), zero-padded to whole 8-byte words; 0 when ptrdata is 0 or the bitmap would be
                          longer than gcbits.MAX_DESC_BITS (then every word of the prefix
                          counts as a possible pointer)
    40  name.ptr    u64   the type's name as %T prints it ...
    48  name.len    u64
    56  elem        u64   element type (pointer, slice, array, map value) or 0
    64  len         u64   array length
    72  fields      u64   struct: address of nfields field records (below), else 0
    80  nfields     u64
    88  methods     u64   address of nmethods method records (below), else 0
    96  nmethods    u64   (for an interface type: the number of its methods, no records)
    104 key         u64   map key type, else 0
    112 uncommon    u64   address of the uncommon record (below) for named, struct and func
                          types, else 0
    120 field records, then method records, then the uncommon record

tflag bit 1 ("named"): the type has a name (a defined or predeclared type), which
reflect's Type.Name returns (the part of ``name`` after the package qualifier).

A field record is 32 bytes: name (ptr, len), type descriptor, offset | embedded<<63.
A method record is 40 bytes: name (ptr, len; unexported names are qualified with their
package path), the method's type without receiver as %T prints it (ptr, len), and ``ifn``:
the code address of the method taking a pointer receiver word, ``pkg.(*T).M`` (0 in the
records of an interface type, which list its methods in itab order).

The uncommon record (56 bytes, read by reflect) is: the package path of a defined type
(ptr, len; empty for predeclared and unnamed types), the address of nfields field tags
(each a string: ptr, len) or 0, then for a func type the address of an array of nin+nout
parameter and result type descriptors, nin, nout, variadic (0 or 1), and for a struct type
the package path of its fields (ptr, len), which reflect reports for unexported ones, and
for a non-generic defined type declared at package level the descriptor of ``*T``
("ptrToThis", so that reflect.PointerTo and Value.Addr find T's pointer methods), else 0,
and the address of an array of func type descriptors, one per method record (the
method's type without receiver, for reflect's Method and Value.Call), or 0. Types
with method records always have an uncommon record. The parameter, ptrToThis and
method-type references are weak relocations: the linker keeps their targets (and
fills them in) only in programs that link package reflect; elsewhere they read 0.

An itab (symbol ``go:itab.<concrete>,<interface>``, or built at run time by
runtime.getitab) is: interface type descriptor, concrete type descriptor, a reserved
word, then one ``ifn`` code address per interface method, in the interface's (sorted)
method order. A non-empty interface value is (itab, data); an empty one (type, data).
"""

from __future__ import annotations

import hashlib
import struct

from pogo.compile.gcbits import MAX_DESC_BITS, mask_bytes, pointer_mask
from pogo.compile.ir.methods import ifn_symbol, method_base, method_set, record_name, strip_recv
from pogo.compile.ir.typesym import type_symbol
from pogo.compile.types.types import (
    Array,
    Basic,
    Chan,
    Interface,
    Kind,
    Map,
    Named,
    Pointer,
    Signature,
    Slice,
    Struct,
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
KIND_MAP = 21
KIND_CHAN = 18

DESC_SIZE = 120
FIELD_SIZE = 32
METHOD_SIZE = 40
TFLAG_DIRECT = 1
TFLAG_NAMED = 2
UNCOMMON_SIZE = 88


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
    if isinstance(u, Map):
        return KIND_MAP
    if isinstance(u, Chan):
        return KIND_CHAN
    return KIND_STRUCT


def desc_name(t: Type, full: bool = False) -> str:
    """The type's name as reflect (%T) prints it; type arguments name their package by
    its path (``full``), as gc's instance names do."""
    if isinstance(t, Named):
        from pogo.compile.ir.methods import targs_suffix

        targs = targs_suffix(t, lambda a: desc_name(a, True))
        if full and t.obj.vargen:
            targs += f"·{t.obj.vargen}"  # gc keeps a local type's number inside type arguments
        if t.obj.pkg is None:
            return t.obj.name + targs
        return f"{t.obj.pkg.path if full else t.obj.pkg.name}.{t.obj.name}" + targs
    if isinstance(t, Basic):
        return t.canonical_name()
    if isinstance(t, Pointer):
        return "*" + desc_name(t.elem, full)
    if isinstance(t, Slice):
        return "[]" + desc_name(t.elem, full)
    if isinstance(t, Array):
        return f"[{t.length}]" + desc_name(t.elem, full)
    if isinstance(t, Struct):
        if not t.fields:
            return "struct {}"
        parts = []
        for f, emb in zip(t.fields, t.embedded, strict=True):
            parts.append(desc_name(f.type, full) if emb else f"{f.name} {desc_name(f.type, full)}")
        return "struct { " + "; ".join(parts) + " }"
    if isinstance(t, Map):
        return f"map[{desc_name(t.key, full)}]{desc_name(t.elem, full)}"
    if isinstance(t, Signature):
        ps = []
        for i, p in enumerate(t.params):
            if t.variadic and i == len(t.params) - 1 and isinstance(p.type, Slice):
                ps.append("..." + desc_name(p.type.elem, full))
            else:
                ps.append(desc_name(p.type, full))
        out = "func(" + ", ".join(ps) + ")"
        if len(t.results) == 1:
            out += " " + desc_name(t.results[0].type, full)
        elif t.results:
            out += " (" + ", ".join(desc_name(r.type, full) for r in t.results) + ")"
        return out
    if isinstance(t, Interface):
        if not t.methods:
            return "interface {}"
        return "interface { " + "; ".join(m.name + desc_name(m.type, full)[4:] for m in t.methods) + " }"
    return type_string(t, canon=True)


def string_symbol(data: bytes) -> str:
    return "go:string." + hashlib.sha256(data).hexdigest()[:20]


def _string_sym(data: bytes, strings: dict[bytes, str]) -> str:
    sname = strings.get(data)
    if sname is None:
        sname = string_symbol(data)
        strings[data] = sname
    return sname


def is_direct(t: Type) -> bool:
    u = t.underlying()
    return isinstance(u, Pointer) or (isinstance(u, Basic) and u.kind == Kind.UNSAFE_POINTER)


def type_descriptor(t: Type, strings: dict[bytes, str]) -> tuple[Symbol, list[Type]]:
    """The descriptor symbol for t and the further types it references."""
    name = desc_name(t).encode()
    h = 2166136261
    for c in name:
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    size = sizeof(t)
    align = alignof(t)
    u = t.underlying()
    tflag = TFLAG_DIRECT if is_direct(t) else 0
    sym = type_symbol(t)
    relocs: list[Reloc] = [Reloc(40, RelocKind.ABS64, _string_sym(name, strings), 0)]
    more: list[Type] = []
    elem: Type | None = None
    length = nfields = nmethods = 0
    extra = b""
    if isinstance(u, (Pointer, Slice, Array, Map, Chan)):
        elem = u.elem
    if isinstance(u, Array):
        length = u.length
    if isinstance(u, Map):
        relocs.append(Reloc(104, RelocKind.ABS64, type_symbol(u.key), 0))
        more.append(u.key)
    records: list[tuple[str, Signature, str]] = []
    if isinstance(u, Interface):
        records = [(record_name(m), m.type, "") for m in u.methods if isinstance(m.type, Signature)]
    elif (named := method_base(t)) is not None:
        for m, _ in method_set(t):
            sig = m.type
            assert isinstance(sig, Signature)
            records.append((record_name(m), sig, ifn_symbol(named, m.name)))
    nmethods = len(records)
    if elem is not None:
        relocs.append(Reloc(56, RelocKind.ABS64, type_symbol(elem), 0))
        more.append(elem)
    if isinstance(u, Struct):
        nfields = len(u.fields)
        if nfields:
            relocs.append(Reloc(72, RelocKind.ABS64, sym, DESC_SIZE))
        for i, (f, off) in enumerate(zip(u.fields, u.offsets(), strict=True)):
            base = DESC_SIZE + FIELD_SIZE * i
            fname = f.name.encode()
            if fname:
                relocs.append(Reloc(base, RelocKind.ABS64, _string_sym(fname, strings), 0))
            relocs.append(Reloc(base + 16, RelocKind.ABS64, type_symbol(f.type), 0))
            more.append(f.type)
            extra += struct.pack("<QQQQ", 0, len(fname), 0, off | (int(u.embedded[i]) << 63))
    if records:
        mbase = DESC_SIZE + len(extra)
        relocs.append(Reloc(88, RelocKind.ABS64, sym, mbase))
        for i, (mname, msig, ifn) in enumerate(records):
            rb = mbase + METHOD_SIZE * i
            mn = mname.encode()
            ms = desc_name(strip_recv(msig)).encode()
            relocs.append(Reloc(rb, RelocKind.ABS64, _string_sym(mn, strings), 0))
            relocs.append(Reloc(rb + 16, RelocKind.ABS64, _string_sym(ms, strings), 0))
            if ifn:
                relocs.append(Reloc(rb + 32, RelocKind.ABS64, ifn, 0))
            extra += struct.pack("<QQQQQ", 0, len(mn), 0, len(ms), 0)
    mask = pointer_mask(t)
    if 0 < mask.bit_length() <= MAX_DESC_BITS:
        bits = mask_bytes(mask)
        bits += bytes(-len(bits) % 8)  # whole words: the runtime loads them 8 bytes at a time
        relocs.append(Reloc(32, RelocKind.ABS64, _string_sym(bits, strings), 0))
    if isinstance(t, Named) or isinstance(t, Basic):
        tflag |= TFLAG_NAMED
    if isinstance(t, Named) or isinstance(u, (Struct, Signature)) or records:
        msigs = [strip_recv(msig) for _, msig, _ in records]
        extra = _uncommon(t, sym, extra, relocs, more, strings, msigs)
    data = struct.pack("<QQIBBBBQQQQQQQQQQQQ", size, mask.bit_length() * 8, h, tflag, align, align, kind_of(t), 0, 0, 0,
                       len(name), 0, length, 0, nfields, 0, nmethods, 0, 0)
    assert len(data) == DESC_SIZE
    return Symbol(sym, SymKind.RODATA, data + extra, align=8, relocs=relocs, dupok=True), more


def _uncommon(t: Type, sym: str, extra: bytes, relocs: list[Reloc], more: list[Type],
              strings: dict[bytes, str], msigs: list[Signature]) -> bytes:
    """Appends the uncommon record (package path, field tags, func parameters) to extra."""
    u = t.underlying()
    base = DESC_SIZE + len(extra)
    relocs.append(Reloc(112, RelocKind.ABS64, sym, base))
    pkgpath = b""
    if isinstance(t, Named) and t.obj.pkg is not None:
        pkgpath = t.obj.pkg.path.encode()
    if pkgpath:
        relocs.append(Reloc(base, RelocKind.ABS64, _string_sym(pkgpath, strings), 0))
    tail = b""
    nin = nout = variadic = 0
    if isinstance(u, Struct) and any(u.tags):
        relocs.append(Reloc(base + 16, RelocKind.ABS64, sym, base + UNCOMMON_SIZE))
        for i, tag in enumerate(u.tags):
            tb = tag.encode()
            if tb:
                relocs.append(Reloc(base + UNCOMMON_SIZE + 16 * i, RelocKind.ABS64, _string_sym(tb, strings), 0))
            tail += struct.pack("<QQ", 0, len(tb))
    if isinstance(u, Signature):
        ps = [p.type for p in u.params] + [r.type for r in u.results]
        nin, nout, variadic = len(u.params), len(u.results), int(u.variadic)
        if ps:
            relocs.append(Reloc(base + 24, RelocKind.ABS64, sym, base + UNCOMMON_SIZE + len(tail)))
            for i, pt in enumerate(ps):
                relocs.append(Reloc(base + UNCOMMON_SIZE + len(tail) + 8 * i, RelocKind.WEAK64, type_symbol(pt), 0))
                more.append(pt)
            tail += bytes(8 * len(ps))
    if msigs:
        relocs.append(Reloc(base + 80, RelocKind.ABS64, sym, base + UNCOMMON_SIZE + len(tail)))
        for i, ms in enumerate(msigs):
            relocs.append(Reloc(base + UNCOMMON_SIZE + len(tail) + 8 * i, RelocKind.WEAK64, type_symbol(ms), 0))
            more.append(ms)
        tail += bytes(8 * len(msigs))
    fpkg = b""
    if isinstance(u, Struct) and u.fields and u.fields[0].pkg is not None:
        fpkg = u.fields[0].pkg.path.encode()
        relocs.append(Reloc(base + 56, RelocKind.ABS64, _string_sym(fpkg, strings), 0))
    if isinstance(t, Named) and _package_level(t):
        pt = Pointer(t)
        relocs.append(Reloc(base + 72, RelocKind.WEAK64, type_symbol(pt), 0))
        more.append(pt)
    return extra + struct.pack("<QQQQQQQQQQQ", 0, len(pkgpath), 0, 0, nin, nout, variadic, 0, len(fpkg), 0, 0) + tail


def _package_level(t: Named) -> bool:
    """Whether t is a non-generic type declared at package level, whose ``(*T).M``
    wrappers (named by its pointer type's method records) are always built. An
    instance's methods are built only for the descriptors the IR builder sees, which
    misses those the SSA builder adds later, so instances get no ptrToThis."""
    if t.orig is not None or t.targs:
        return False
    obj = t.obj
    pkg = obj.pkg
    return pkg is not None and pkg.scope.names.get(obj.name) is obj


def itab_symbol(name: str, concrete: Type, iface: Type) -> Symbol:
    """The itab for a conversion of concrete to non-empty interface iface."""
    iu = iface.underlying()
    assert isinstance(iu, Interface)
    named = method_base(concrete)
    assert named is not None
    relocs = [Reloc(0, RelocKind.ABS64, type_symbol(iface), 0), Reloc(8, RelocKind.ABS64, type_symbol(concrete), 0)]
    for i, m in enumerate(iu.methods):
        relocs.append(Reloc(24 + 8 * i, RelocKind.ABS64, ifn_symbol(named, m.name), 0))
    return Symbol(name, SymKind.RODATA, bytes(24 + 8 * len(iu.methods)), align=8, relocs=relocs, dupok=True)
