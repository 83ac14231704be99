"""Type representations of the type checker, with gc's sizes and alignments for amd64.

Types are plain objects compared with ``identical``; basic types are singletons from the
universe. ``TypeString`` renders types the way gc's error messages do.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pogo.compile.types.objects import Func, TypeName, Var


class Kind(IntEnum):
    """Basic kinds; values follow reflect.Kind where one exists (used in descriptors)."""

    INVALID = 0
    BOOL = 1
    INT = 2
    INT8 = 3
    INT16 = 4
    INT32 = 5
    INT64 = 6
    UINT = 7
    UINT8 = 8
    UINT16 = 9
    UINT32 = 10
    UINT64 = 11
    UINTPTR = 12
    FLOAT32 = 13
    FLOAT64 = 14
    COMPLEX64 = 15
    COMPLEX128 = 16
    STRING = 24
    UNSAFE_POINTER = 26
    # untyped kinds (no reflect equivalent)
    UNTYPED_BOOL = 100
    UNTYPED_INT = 101
    UNTYPED_RUNE = 102
    UNTYPED_FLOAT = 103
    UNTYPED_COMPLEX = 104
    UNTYPED_STRING = 105
    UNTYPED_NIL = 106


class Type:
    __slots__ = ()

    def underlying(self) -> Type:
        return self

    def __str__(self) -> str:
        return type_string(self)


class Basic(Type):
    __slots__ = ("kind", "name", "size", "align")

    def __init__(self, kind: Kind, name: str, size: int) -> None:
        self.kind = kind
        self.name = name
        self.size = size
        self.align = size if size <= 8 else 8

    def canonical_name(self) -> str:
        """byte and rune are aliases: their types print as uint8 and int32 at run time."""
        return {"byte": "uint8", "rune": "int32"}.get(self.name, self.name)

    def is_integer(self) -> bool:
        return Kind.INT <= self.kind <= Kind.UINTPTR or self.kind in (Kind.UNTYPED_INT, Kind.UNTYPED_RUNE)

    def is_unsigned(self) -> bool:
        return Kind.UINT <= self.kind <= Kind.UINTPTR

    def is_float(self) -> bool:
        return self.kind in (Kind.FLOAT32, Kind.FLOAT64, Kind.UNTYPED_FLOAT)

    def is_complex(self) -> bool:
        return self.kind in (Kind.COMPLEX64, Kind.COMPLEX128, Kind.UNTYPED_COMPLEX)

    def is_numeric(self) -> bool:
        return self.is_integer() or self.is_float() or self.is_complex()

    def is_string(self) -> bool:
        return self.kind in (Kind.STRING, Kind.UNTYPED_STRING)

    def is_boolean(self) -> bool:
        return self.kind in (Kind.BOOL, Kind.UNTYPED_BOOL)

    def is_untyped(self) -> bool:
        return self.kind >= Kind.UNTYPED_BOOL

    def is_ordered(self) -> bool:
        return self.is_integer() or self.is_float() or self.is_string()


class Pointer(Type):
    __slots__ = ("elem",)

    def __init__(self, elem: Type) -> None:
        self.elem = elem


class Slice(Type):
    __slots__ = ("elem",)

    def __init__(self, elem: Type) -> None:
        self.elem = elem


class Array(Type):
    __slots__ = ("elem", "length")

    def __init__(self, elem: Type, length: int) -> None:
        self.elem = elem
        self.length = length


class Tuple(Type):
    """Results of a multi-value call; never the type of a variable."""

    __slots__ = ("vars",)

    def __init__(self, vars: list[Var]) -> None:
        self.vars = vars


class Signature(Type):
    __slots__ = ("params", "results", "variadic", "recv", "tparams")

    def __init__(self, params: list[Var], results: list[Var], variadic: bool, recv: Var | None = None) -> None:
        self.params = params
        self.results = results
        self.variadic = variadic
        self.recv = recv
        self.tparams: list[Type] = []  # generics.TypeParam, for a generic function


class Interface(Type):
    __slots__ = ("methods",)

    def __init__(self, methods: list[Func]) -> None:
        self.methods = sorted(methods, key=lambda m: m.name)

    def empty(self) -> bool:
        return not self.methods


class Named(Type):
    __slots__ = ("obj", "under", "methods", "tparams", "targs", "orig", "resolver", "rhs", "implicits")

    def __init__(self, obj: TypeName, under: Type | None) -> None:
        self.obj = obj
        self.under: Type | None = under
        self.methods: list[Func] = []
        self.tparams: list[Type] = []  # generics.TypeParam, for a generic type
        self.targs: list[Type] = []  # for an instance: the type arguments ...
        self.orig: Named | None = None  # ... of this generic type
        self.resolver: object = None  # generics: resolves the generic type's methods lazily
        self.rhs: Type | None = None  # the declared type (``type A B``: B), for cycle reports
        # a type declared in a generic function, in one of its instances (the back end's
        # copy): the instance's type arguments, which gc puts in the type's name
        self.implicits: list[Type] = []

    def underlying(self) -> Type:
        if self.under is None and self.orig is not None:
            from pogo.compile.types.generics import _expand

            _expand(self)
        u = self.under
        seen = 0
        while isinstance(u, Named):  # resolved lazily for forward declarations
            u = u.under
            seen += 1
            if seen > 100:
                return INVALID
        return u if u is not None else INVALID


class Struct(Type):
    """fields are Vars (``embedded`` marks embedded fields); tags as written, unquoted."""

    __slots__ = ("fields", "tags", "embedded", "_offsets", "_last_size")

    def __init__(self, fields: list[Var], tags: list[str] | None = None, embedded: list[bool] | None = None) -> None:
        self.fields = fields
        self.tags = tags if tags is not None else [""] * len(fields)
        self.embedded = embedded if embedded is not None else [False] * len(fields)
        self._offsets: list[int] | None = None
        self._last_size = 0  # size of the last field, known with the offsets

    def offsets(self, depth: int = 0) -> list[int]:
        """gc's field offsets on amd64."""
        if self._offsets is None:
            offs: list[int] = []
            off = 0
            size = 0
            for f in self.fields:
                a = alignof(f.type, depth + 1)
                off = (off + a - 1) // a * a
                offs.append(off)
                size = sizeof(f.type, depth + 1)
                off += size
            self._offsets = offs
            self._last_size = size
        return self._offsets


class Map(Type):
    __slots__ = ("key", "elem")

    def __init__(self, key: Type, elem: Type) -> None:
        self.key = key
        self.elem = elem


class Chan(Type):
    """dir: 0 bidirectional, 1 send-only (chan<- T), 2 receive-only (<-chan T)."""

    __slots__ = ("dir", "elem")

    def __init__(self, dir: int, elem: Type) -> None:
        self.dir = dir
        self.elem = elem


INVALID = Basic(Kind.INVALID, "invalid type", 0)


def under(t: Type) -> Type:
    return t.underlying()


def is_basic(t: Type, pred: str) -> bool:
    u = t.underlying()
    return isinstance(u, Basic) and bool(getattr(u, pred)())


def is_interface(t: Type) -> bool:
    return isinstance(t.underlying(), Interface)


def is_untyped(t: Type) -> bool:
    return isinstance(t, Basic) and t.is_untyped()


_IFACES_COMPARED: set[tuple[int, int]] = set()  # interface pairs being compared (cycles)


def identical(x: Type, y: Type, ignore_tags: bool = False) -> bool:
    """Type identity (spec); with ignore_tags, struct tags do not count (conversions)."""
    if x is y:
        return True
    if isinstance(x, Named) and isinstance(y, Named):
        return (x.orig is not None and x.orig is y.orig and len(x.targs) == len(y.targs)
                and all(identical(a, b, ignore_tags) for a, b in zip(x.targs, y.targs, strict=True)))
    if isinstance(x, Basic) and isinstance(y, Basic):
        return x.kind == y.kind
    if isinstance(x, Pointer) and isinstance(y, Pointer):
        return identical(x.elem, y.elem, ignore_tags)
    if isinstance(x, Slice) and isinstance(y, Slice):
        return identical(x.elem, y.elem, ignore_tags)
    if isinstance(x, Array) and isinstance(y, Array):
        return x.length == y.length and identical(x.elem, y.elem, ignore_tags)
    if isinstance(x, Signature) and isinstance(y, Signature):
        return (
            x.variadic == y.variadic
            and not x.tparams and not y.tparams
            and len(x.params) == len(y.params)
            and len(x.results) == len(y.results)
            and all(identical(a.type, b.type, ignore_tags) for a, b in zip(x.params, y.params, strict=True))
            and all(identical(a.type, b.type, ignore_tags) for a, b in zip(x.results, y.results, strict=True))
        )
    if isinstance(x, Interface) and isinstance(y, Interface):
        if len(x.methods) != len(y.methods):
            return False
        pair = (id(x), id(y))
        if pair in _IFACES_COMPARED:
            return True  # an interface whose methods mention it again: assume identical (as gc)
        _IFACES_COMPARED.add(pair)
        try:
            return all(a.name == b.name and identical(a.type, b.type, ignore_tags)
                       for a, b in zip(x.methods, y.methods, strict=True))
        finally:
            _IFACES_COMPARED.discard(pair)
    if isinstance(x, Tuple) and isinstance(y, Tuple):
        return len(x.vars) == len(y.vars) and all(
            identical(a.type, b.type, ignore_tags) for a, b in zip(x.vars, y.vars, strict=True)
        )
    if isinstance(x, Struct) and isinstance(y, Struct):
        return (len(x.fields) == len(y.fields) and (ignore_tags or x.tags == y.tags) and x.embedded == y.embedded
                and all(a.name == b.name and (a.exported() or (a.pkg.path if a.pkg else "") == (b.pkg.path if b.pkg else ""))
                        and identical(a.type, b.type, ignore_tags)
                        for a, b in zip(x.fields, y.fields, strict=True)))
    if isinstance(x, Map) and isinstance(y, Map):
        return identical(x.key, y.key, ignore_tags) and identical(x.elem, y.elem, ignore_tags)
    if isinstance(x, Chan) and isinstance(y, Chan):
        return x.dir == y.dir and identical(x.elem, y.elem, ignore_tags)
    return False


# Deeper nesting of arrays and structs than this only comes from an invalid recursive
# (generic) type, which is reported elsewhere; the walks below stop instead of recursing on.
MAX_NESTING = 200


def tparam_terms(t: Type) -> tuple[bool, list[Type] | None]:
    """For a type parameter: whether its constraint is comparable, and the types of its
    type set's terms (None: no specific types, as for any)."""
    it = t.iface()  # type: ignore[attr-defined]
    terms = getattr(it, "terms", None)
    return bool(getattr(it, "comparable", False)), None if not terms else [x for _, x in terms]


def comparable(t: Type, depth: int = 0) -> bool:
    if getattr(t, "is_type_param", False):
        # comparable if the constraint says so, or all of its type set's types are
        comp, terms = tparam_terms(t)
        return comp or terms is not None and all(comparable(x, depth + 1) for x in terms)
    u = t.underlying()
    if isinstance(u, Basic):
        return u.kind != Kind.UNTYPED_NIL
    if isinstance(u, (Pointer, Interface)) or depth > MAX_NESTING:
        return True
    if isinstance(u, Array):
        return comparable(u.elem, depth + 1)
    if isinstance(u, Struct):
        return all(comparable(f.type, depth + 1) for f in u.fields)
    if isinstance(u, Chan):
        return True
    return False


def has_nil(t: Type) -> bool:
    if getattr(t, "is_type_param", False):
        _, terms = tparam_terms(t)  # nil only if every type of the set has it
        return terms is not None and all(has_nil(x) for x in terms)
    u = t.underlying()
    if isinstance(u, Basic):
        return u.kind == Kind.UNSAFE_POINTER
    return isinstance(u, (Pointer, Slice, Signature, Interface, Map, Chan))


# ---------------------------------------------------------------------------
# sizes (gc, amd64)


def sizeof(t: Type, depth: int = 0) -> int:
    u = t.underlying()
    if depth > MAX_NESTING:
        return 8
    if isinstance(u, Basic):
        if u.kind == Kind.STRING:
            return 16
        return u.size
    if isinstance(u, (Pointer, Signature)):
        return 8
    if isinstance(u, Slice):
        return 24
    if isinstance(u, Interface):
        return 16
    if isinstance(u, Array):
        return u.length * sizeof(u.elem, depth + 1)
    if isinstance(u, Struct):
        if not u.fields:
            return 0
        offs = u.offsets(depth)
        last = u._last_size
        end = offs[-1] + last
        if last == 0 and end > 0:
            end += 1  # gc pads a trailing zero-size field
        a = alignof(u, depth)
        return (end + a - 1) // a * a
    if isinstance(u, Basic) and u.is_complex():
        return u.size
    return 8


def alignof(t: Type, depth: int = 0) -> int:
    u = t.underlying()
    if isinstance(u, Basic):
        return max(1, min(u.size, 8)) if u.kind != Kind.STRING else 8
    if depth > MAX_NESTING:
        return 8
    if isinstance(u, Array):
        return alignof(u.elem, depth + 1)
    if isinstance(u, Struct):
        return max((alignof(f.type, depth + 1) for f in u.fields), default=1)
    return 8


def words(t: Type) -> int:
    """How many machine words (SSA scalars) a value of t decomposes into."""
    u = t.underlying()
    if isinstance(u, Basic):
        return 2 if u.kind == Kind.STRING else 1
    if isinstance(u, Slice):
        return 3
    if isinstance(u, Interface):
        return 2
    if isinstance(u, Array):
        return u.length * words(u.elem)
    return 1


# ---------------------------------------------------------------------------
# rendering


def type_string(t: Type, qualify: str = "", canon: bool = False) -> str:
    """gc-style type text; names of package ``qualify`` are not prefixed. Error messages
    keep the alias names byte and rune as written; ``canon`` gives the names reflection
    and %T use (uint8, int32)."""
    if isinstance(t, Basic):
        return t.canonical_name() if canon else t.name
    if isinstance(t, Named):
        obj = t.obj
        targs = "[" + ",".join(type_string(a, qualify, canon) for a in t.targs) + "]" if t.targs else ""
        if obj.pkg is None or obj.pkg.path == qualify:
            return obj.name + targs
        return f"{obj.pkg.name}.{obj.name}" + targs
    if isinstance(t, Pointer):
        return "*" + type_string(t.elem, qualify, canon)
    if isinstance(t, Slice):
        return "[]" + type_string(t.elem, qualify, canon)
    if isinstance(t, Array):
        return f"[{t.length}]" + type_string(t.elem, qualify, canon)
    if isinstance(t, Signature):
        return "func" + signature_string(t, qualify)
    if isinstance(t, Interface) and getattr(t, "type_string", None) is None:
        from pogo.compile.types import universe

        if t is universe.ANY:
            return "any"
        ms = ";".join(m.name + signature_string(m.sig(), qualify) for m in t.methods)
        return "interface{" + ms + "}"
    if isinstance(t, Tuple):
        return "(" + ", ".join(type_string(v.type, qualify, canon) for v in t.vars) + ")"
    if isinstance(t, Struct):
        fs: list[str] = []
        for f, tag, emb in zip(t.fields, t.tags, t.embedded, strict=True):
            s = type_string(f.type, qualify, canon) if emb else f.name + " " + type_string(f.type, qualify, canon)
            if tag:
                s += " " + _quote(tag)
            fs.append(s)
        return "struct{" + "; ".join(fs) + "}"
    if isinstance(t, Map):
        return "map[" + type_string(t.key, qualify, canon) + "]" + type_string(t.elem, qualify, canon)
    if isinstance(t, Chan):
        prefix = ("chan ", "chan<- ", "<-chan ")[t.dir]
        elem = type_string(t.elem, qualify, canon)
        if t.dir != 2 and isinstance(t.elem, Chan) and t.elem.dir == 2:
            elem = "(" + elem + ")"
        return prefix + elem
    ts = getattr(t, "type_string", None)
    if ts is not None:
        return str(ts(qualify))
    return "?"


def _quote(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def signature_string(s: Signature, qualify: str = "", names: bool = True) -> str:
    """``[P any](x P) (r T)``; gc leaves the parameter names out in a method's
    ``have``/``want`` lines (names=False)."""
    def pname(v: Var) -> str:
        return v.name + " " if v.name and names else ""

    ps: list[str] = []
    for i, p in enumerate(s.params):
        if s.variadic and i == len(s.params) - 1 and isinstance(p.type, Slice):
            ps.append(pname(p) + "..." + type_string(p.type.elem, qualify))
        else:
            ps.append(pname(p) + type_string(p.type, qualify))
    out = tparams_string(s.tparams, qualify) + "(" + ", ".join(ps) + ")"
    if not s.results:
        return out
    if len(s.results) == 1 and not s.results[0].name:
        return out + " " + type_string(s.results[0].type, qualify)
    rs = ", ".join(pname(r) + type_string(r.type, qualify) for r in s.results)
    return out + " (" + rs + ")"


def tparams_string(tps: list[Type], qualify: str = "") -> str:
    """``[P, Q any, R ~int]``: consecutive type parameters sharing a constraint share it."""
    if not tps:
        return ""
    out = "["
    prev: Type | None = None
    for i, tp in enumerate(tps):
        bound: Type | None = getattr(tp, "bound", None)
        if i > 0:
            if bound is not prev and prev is not None:
                out += " " + type_string(prev, qualify)
            out += ", "
        prev = bound
        out += type_string(tp, qualify)
    if prev is not None:
        out += " " + type_string(prev, qualify)
    return out + "]"
