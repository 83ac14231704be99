"""Export data: the package-level objects an importer's type checker needs.

Encoded as compact JSON: a table of types (referenced by index, so shared and recursive
types are written once) and a list of exported objects. Named types from other packages
are written by reference (package path and name) together with their underlying type, and
an Importer unifies them so that ``B.T`` seen through A and through B is one type.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from pogo.compile.types import constant
from pogo.compile.types import universe as u
from pogo.compile.types.objects import Const, Func, Object, Package, TypeName, Var
from pogo.compile.types.types import (
    INVALID,
    Array,
    Basic,
    Chan,
    Interface,
    Map,
    Named,
    Pointer,
    Signature,
    Slice,
    Struct,
    Tuple,
    Type,
)

_BASICS: dict[str, Basic] = {
    t.name: t
    for t in (u.BOOL, u.INT, u.INT8, u.INT16, u.INT32, u.INT64, u.UINT, u.UINT8, u.BYTE, u.RUNE, u.UINT16, u.UINT32, u.UINT64,
              u.UINTPTR, u.FLOAT32, u.FLOAT64, u.COMPLEX64, u.COMPLEX128, u.STRING, u.UNSAFE_POINTER,
              u.UNTYPED_BOOL, u.UNTYPED_INT, u.UNTYPED_RUNE, u.UNTYPED_FLOAT, u.UNTYPED_COMPLEX,
              u.UNTYPED_STRING, u.UNTYPED_NIL, INVALID)
}


def _enc_value(v: constant.Value) -> list[Any]:
    if isinstance(v, bool):
        return ["b", v]
    if isinstance(v, int):
        return ["i", str(v)]
    if isinstance(v, Fraction):
        return ["f", str(v.numerator), str(v.denominator)]
    if isinstance(v, constant.Complex):
        return ["c", str(v.re.numerator), str(v.re.denominator), str(v.im.numerator), str(v.im.denominator)]
    return ["s", v.hex()]


def _dec_value(e: list[Any]) -> constant.Value:
    tag = e[0]
    if tag == "b":
        return bool(e[1])
    if tag == "i":
        return int(e[1])
    if tag == "f":
        return Fraction(int(e[1]), int(e[2]))
    if tag == "c":
        return constant.Complex(Fraction(int(e[1]), int(e[2])), Fraction(int(e[3]), int(e[4])))
    return bytes.fromhex(e[1])


class _Encoder:
    def __init__(self) -> None:
        self.table: list[Any] = []
        self.index: dict[int, int] = {}

    def type(self, t: Type) -> int:
        key = id(t)
        if key in self.index:
            return self.index[key]
        i = len(self.table)
        self.index[key] = i
        self.table.append(None)
        self.table[i] = self._encode(t)
        return i

    def _sig(self, s: Signature) -> list[Any]:
        return ["sig", [[p.name, self.type(p.type)] for p in s.params],
                [[r.name, self.type(r.type)] for r in s.results], s.variadic]

    def _encode(self, t: Type) -> list[Any]:
        if isinstance(t, Basic):
            return ["basic", t.name]
        if isinstance(t, Named):
            if t is u.ERROR:
                return ["error"]
            pkg = t.obj.pkg
            if t.tparams or t.targs:
                raise ValueError(f"cannot export generic type {t}")
            under = self.type(t.under if t.under is not None else INVALID)
            methods = [[m.name, m.pkg.path if m.pkg else "", self.type(m.type),
                        isinstance(m.type, Signature) and m.type.recv is not None and isinstance(m.type.recv.type, Pointer)]
                       for m in t.methods if isinstance(m.type, Signature)]
            return ["named", pkg.path if pkg else "", pkg.name if pkg else "", t.obj.name, under, methods]
        if isinstance(t, Pointer):
            return ["ptr", self.type(t.elem)]
        if isinstance(t, Slice):
            return ["slice", self.type(t.elem)]
        if isinstance(t, Array):
            return ["array", t.length, self.type(t.elem)]
        if isinstance(t, Signature):
            return self._sig(t)
        if isinstance(t, Interface):
            if t is u.ANY:
                return ["any"]
            if getattr(t, "terms", None) is not None or getattr(t, "comparable", False):
                raise ValueError(f"cannot export constraint {t}")
            return ["iface", [[m.name, self.type(m.type), m.pkg.path if m.pkg and not m.exported() else ""]
                              for m in t.methods]]
        if isinstance(t, Struct):
            return ["struct", [[f.name, self.type(f.type), emb, tag, f.pkg.path if f.pkg and not f.exported() else ""]
                               for f, emb, tag in zip(t.fields, t.embedded, t.tags, strict=True)]]
        if isinstance(t, Map):
            return ["map", self.type(t.key), self.type(t.elem)]
        if isinstance(t, Chan):
            return ["chan", t.dir, self.type(t.elem)]
        if isinstance(t, Tuple):
            return ["tuple", [self.type(v.type) for v in t.vars]]
        raise ValueError(f"cannot export type {t}")


def has_generics(pkg: Package) -> bool:
    """Whether pkg declares generic functions, types or methods (then it exports its source)."""
    from pogo.compile.types.generics import TypeParam

    for obj in pkg.scope.names.values():
        t = obj.type
        if isinstance(obj, TypeName) and isinstance(t, Named) and t.tparams:
            return True
        if isinstance(obj, TypeName) and isinstance(t, Named) and any(
                isinstance(m.type, Signature) and m.type.tparams for m in t.methods):
            return True  # a generic method (Go 1.27)
        if isinstance(obj, Func) and isinstance(t, Signature) and t.tparams:
            return True
        if isinstance(obj, TypeName) and isinstance(t, TypeParam):
            return True
    return False


def encode_source(pkg: Package, sources: dict[str, bytes], deps: dict[str, bytes]) -> bytes:
    """Export data of a package with generic code: its source files and the export data
    of its imports. An importer type-checks the package from this (``_check_source``),
    so that it can instantiate the generic bodies; the package's own archive still holds
    the code of everything that is not generic."""
    data = {"path": pkg.path, "name": pkg.name,
            "source": {name: text.decode("utf-8", "surrogateescape") for name, text in sources.items()},
            "deps": {p: d.decode("utf-8", "surrogateescape") for p, d in sorted(deps.items())}}
    return json.dumps(data, separators=(",", ":"), sort_keys=True).encode("utf-8", "surrogateescape")


def encode_package(pkg: Package) -> bytes:
    enc = _Encoder()
    objs: list[Any] = []
    for name in sorted(pkg.scope.names):
        obj = pkg.scope.names[name]
        if not obj.exported():
            continue
        if isinstance(obj, Const):
            objs.append(["const", name, enc.type(obj.type), _enc_value(obj.value)])
        elif isinstance(obj, Var):
            objs.append(["var", name, enc.type(obj.type)])
        elif isinstance(obj, TypeName):
            objs.append(["type", name, enc.type(obj.type)])
        elif isinstance(obj, Func):
            objs.append(["func", name, enc.type(obj.type), obj.link_name])
    data = {"path": pkg.path, "name": pkg.name, "types": enc.table, "objects": objs}
    return json.dumps(data, separators=(",", ":"), sort_keys=True).encode()


def with_section(export: bytes, key: str, value: object) -> bytes:
    """The export data with a top-level section added by a later phase (escape summaries,
    inlinable bodies); data that is not a JSON object is returned as it is."""
    try:
        d = json.loads(export)
    except ValueError:
        return export
    if not isinstance(d, dict):
        return export
    d[key] = value
    return json.dumps(d, separators=(",", ":")).encode()


def encode_export(pkg: Package, sources: dict[str, bytes], deps: dict[str, bytes]) -> bytes:
    """The export data of a checked package: compact JSON, or the source form for a
    package with generic code or an API the compact form cannot express (instances of
    generic types)."""
    if has_generics(pkg):
        return encode_source(pkg, sources, deps)
    try:
        return encode_package(pkg)
    except ValueError:
        return encode_source(pkg, sources, deps)


class ExportError(Exception):
    pass


class Universe:
    """Import state shared by all packages imported into one compilation: unifies
    named types and packages by path."""

    def __init__(self) -> None:
        self.packages: dict[str, Package] = {}
        self.named: dict[tuple[str, str], Named] = {}
        # imports a package by path (the compiler's importer): a named type of another
        # package is taken from that package when it can be loaded, so that a package
        # type-checked from source (see encode_source) has no second copy of its types
        self.load: Callable[[str], Package | None] | None = None

    def package(self, path: str, name: str) -> Package:
        p = self.packages.get(path)
        if p is None:
            p = Package(path, name)
            self.packages[path] = p
        return p

    def decode(self, data: bytes) -> Package:
        try:
            d = json.loads(data)
            return self._decode(d)
        except (ValueError, KeyError, IndexError, TypeError) as e:
            raise ExportError(f"malformed export data: {e}") from e

    def _decode(self, d: dict[str, Any]) -> Package:
        pkg = self.package(d["path"], d["name"])
        if pkg.complete:
            return pkg
        if "source" in d:
            return self._check_source(d)
        get = self.type_reader(d["types"], pkg)
        self._objects(d, pkg, get)
        pkg.complete = True
        return pkg

    def type_reader(self, table: list[Any], pkg: Package) -> Callable[[int], Type]:
        """A decoder of the type table ``table`` exported by ``pkg``: index -> type, named
        types unified with those already known."""
        types: list[Type | None] = [None] * len(table)

        def get(i: int) -> Type:
            t = types[i]
            if t is not None:
                return t
            e = table[i]
            tag = e[0]
            if tag == "basic":
                t = _BASICS[e[1]]
            elif tag == "error":
                t = u.ERROR
            elif tag == "any":
                t = u.ANY
            elif tag == "named":
                key = (e[1], e[3])
                nt = self.named.get(key)
                owner_pkg = self.packages.get(e[1])
                if nt is None and self.load is not None and e[1] != pkg.path and not (owner_pkg and owner_pkg.complete):
                    self.load(e[1])
                    nt = self.named.get(key)
                if nt is None:
                    owner = self.package(e[1], e[2])
                    tn = TypeName(e[3], None, owner)
                    nt = Named(tn, None)
                    tn.type = nt
                    self.named[key] = nt
                    types[i] = nt
                    nt.under = get(e[4])
                    for mname, mpath, mi, ptr in (e[5] if len(e) > 5 else []):
                        msig = get(mi)
                        assert isinstance(msig, Signature)
                        rt: Type = Pointer(nt) if ptr else nt
                        sig = Signature(msig.params, msig.results, msig.variadic, Var("", rt, owner, is_param=True))
                        mp = self.package(mpath, mpath.rsplit("/", 1)[-1]) if mpath else owner
                        nt.methods.append(Func(mname, sig, mp))
                    if owner is not pkg and owner.scope.lookup(e[3]) is None:
                        owner.scope.insert(tn)
                t = nt
            elif tag == "ptr":
                p = Pointer(INVALID)
                types[i] = p
                p.elem = get(e[1])
                t = p
            elif tag == "slice":
                s = Slice(INVALID)
                types[i] = s
                s.elem = get(e[1])
                t = s
            elif tag == "array":
                t = Array(get(e[2]), e[1])
            elif tag == "sig":
                t = Signature([Var(nm, get(ti), None, is_param=True) for nm, ti in e[1]],
                              [Var(nm, get(ti), None, is_param=True) for nm, ti in e[2]], bool(e[3]))
            elif tag == "iface":
                ms: list[Func] = []
                for m in e[1]:
                    nm, ti = m[0], m[1]
                    st = get(ti)
                    assert isinstance(st, Signature)
                    mpath = m[2] if len(m) > 2 else ""
                    ms.append(Func(nm, st, self.package(mpath, mpath.rsplit("/", 1)[-1]) if mpath else None))
                t = Interface(ms)
            elif tag == "struct":
                st2 = Struct([], [], [])
                types[i] = st2
                for fname, fti, emb, tag2, fpath in e[1]:
                    fp = self.package(fpath, fpath.rsplit("/", 1)[-1]) if fpath else pkg
                    st2.fields.append(Var(fname, get(fti), fp))
                    st2.embedded.append(bool(emb))
                    st2.tags.append(tag2)
                t = st2
            elif tag == "map":
                t = Map(get(e[1]), get(e[2]))
            elif tag == "chan":
                t = Chan(int(e[1]), get(e[2]))
            elif tag == "tuple":
                t = Tuple([Var("", get(x), None, is_param=True) for x in e[1]])
            else:
                raise ValueError(f"unknown type tag {tag}")
            types[i] = t
            return t

        return get

    def _objects(self, d: dict[str, Any], pkg: Package, get: Callable[[int], Type]) -> None:
        for o in d["objects"]:
            kind, name = o[0], o[1]
            obj: Object
            if kind == "const":
                obj = Const(name, get(o[2]), pkg, _dec_value(o[3]))
            elif kind == "var":
                obj = Var(name, get(o[2]), pkg, is_global=True)
            elif kind == "type":
                t = get(o[2])
                if isinstance(t, Named) and t.obj.pkg is pkg:
                    obj = t.obj
                else:
                    obj = TypeName(name, t, pkg)
            elif kind == "func":
                st = get(o[2])
                assert isinstance(st, Signature)
                f = Func(name, st, pkg)
                f.link_name = o[3]
                obj = f
            else:
                raise ValueError(f"unknown object kind {kind}")
            pkg.scope.names[name] = obj

    def _check_source(self, d: dict[str, Any]) -> Package:
        """Type-check a package exported as source (see ``encode_source``); its imports
        come from this universe or from the export data embedded with it."""
        from pogo.compile.diag import Diagnostics
        from pogo.compile.ir.instantiate import SOURCES
        from pogo.compile.syntax.parser import parse_file
        from pogo.compile.types.check import check_package

        deps: dict[str, str] = d["deps"]

        def importer(path: str) -> Package | None:
            p = self.packages.get(path)
            if p is not None and p.complete:
                return p
            dep = deps.get(path)
            if dep is None:
                return None
            return self.decode(dep.encode("utf-8", "surrogateescape"))

        diags = Diagnostics()
        files = [parse_file(name, text.encode("utf-8", "surrogateescape"), diags) for name, text in sorted(d["source"].items())]
        pkg, chk = check_package(d["path"], files, diags, importer)
        if diags:
            raise ExportError(f"re-checking {d['path']}: {diags.render().strip()}")
        pkg.complete = True
        self.packages[pkg.path] = pkg
        for name, obj in pkg.scope.names.items():
            if isinstance(obj, TypeName) and isinstance(obj.type, Named) and obj.type.obj is obj:
                self.named.setdefault((pkg.path, name), obj.type)
        SOURCES[pkg.path] = (chk.info, chk.op_assign_exprs)
        return pkg
