"""Inlinable bodies in export data, so that importing packages can inline calls of another
package's small functions (as gc does with ``strings.HasPrefix`` or ``errors.New``).

A function the inliner judged inlinable is written, after the package's own inlining and
before escape analysis (whose decisions are the caller's to make), under ``"inl"`` of the
export JSON: ``{"types": type table, "funcs": {symbol: entry}}``. An entry is
``[file, cost, locals, params, results, body, inline tree, nested, itabs, funcvals]``; the
body is the lowered IR with nodes as ``[class number, field...]`` (trailing defaults left
out), types as indexes into the table, locals as indexes into the entry's list. Importers
decode only the bodies their calls name.
"""

from __future__ import annotations

import os
import re
from dataclasses import MISSING, fields
from typing import Any

from pogo.compile.ir import nodes as ir
from pogo.compile.ir.escape import walk_nodes
from pogo.compile.ir.escexport import parsed
from pogo.compile.syntax.nodes import NOPOS, Pos
from pogo.compile.types.export import Universe, _dec_value, _enc_value, _Encoder, with_section
from pogo.compile.types.objects import Package
from pogo.compile.types.types import Named, Type

CLASSES: list[type] = sorted(
    (c for c in vars(ir).values() if isinstance(c, type) and issubclass(c, (ir.Expr, ir.Stmt)) and c not in (ir.Expr, ir.Stmt)),
    key=lambda c: c.__name__,
)
NUMBER = {c: i for i, c in enumerate(CLASSES)}
# per class: (field name, kind, default) with kind from the annotation
_SCHEMA: list[list[tuple[str, str, object]]] = [
    [(f.name, str(f.type), f.default if f.default is not MISSING else MISSING) for f in fields(c)] for c in CLASSES
]
TYPE_KINDS = ("Type",)
NODE_KINDS = ("Expr", "Stmt", "Call", "Expr | None")
LIST_KINDS = ("list[Expr]", "list[Stmt]", "list[Expr | None]")


class Unexportable(Exception):
    """The body names something an importer could not rebuild (a function-local type)."""


class _BodyEncoder:
    def __init__(self, enc: _Encoder, pkg: Package) -> None:
        self.enc = enc
        self.pkg = pkg
        self.locals: dict[int, int] = {}
        self.local_list: list[ir.Local] = []

    def type(self, t: Type) -> int:
        owner = t.obj.pkg if isinstance(t, Named) else None
        if isinstance(t, Named) and owner is not None and owner.scope.lookup(t.obj.name) is not t.obj:
            # a local type (or one known here only through another body): its name alone
            # might not identify it in an importer
            raise Unexportable(str(t))
        try:
            return self.enc.type(t)
        except ValueError as e:
            raise Unexportable(str(e)) from e

    def local(self, lc: ir.Local) -> int:
        i = self.locals.get(lc.id)
        if i is None:
            i = self.locals[lc.id] = len(self.local_list)
            self.local_list.append(lc)
        return i

    def node(self, x: object) -> Any:
        if x is None:
            return None
        k = NUMBER[type(x)]
        out: list[Any] = [k]
        for name, kind, _default in _SCHEMA[k]:
            v = getattr(x, name)
            out.append(self.value(v, kind) if name != "what" or not v else self.what(v))
        # trailing fields at their defaults are left out
        schema = _SCHEMA[k]
        while len(out) > 1:
            name, kind, default = schema[len(out) - 2]
            if default is MISSING or getattr(x, name) != default:
                break
            out.pop()
        return out

    def value(self, v: Any, kind: str) -> Any:
        if kind in TYPE_KINDS:
            return self.type(v)
        if kind in NODE_KINDS:
            return self.node(v)
        if kind in LIST_KINDS:
            return [self.node(e) for e in v]
        if kind == "Local":
            return self.local(v)
        if kind == "Value":
            return _enc_value(v)
        if kind == "Pos":
            return [v.line, v.col] if v != NOPOS else 0
        return v

    def what(self, text: str) -> str:
        """An allocation's -m text as seen from another package: gc qualifies the type name
        (``&errors.errorString{...}``)."""
        m = _LITERAL.match(text)
        if m and self.pkg.scope.lookup(m.group(2)) is not None:
            return f"{m.group(1)}{self.pkg.name}.{text[len(m.group(1)):]}"
        return text


_LITERAL = re.compile(r"^(&?)([A-Za-z_]\w*)\{")


def encode(pkg: ir.Package, tpkg: Package, bodies: dict[str, tuple[ir.Func, int, list[tuple[str, int]]]]) -> dict[str, Any] | None:
    """The "inl" section for the inlinable functions ``bodies`` (symbol -> (function, cost,
    (symbol, depth) of the calls inlined into it)), or None when there are none."""
    enc = _Encoder()
    funcs: dict[str, Any] = {}
    for sym, (f, cost, nested) in bodies.items():
        if f.dupok:
            continue
        be = _BodyEncoder(enc, tpkg)
        mark = len(enc.table), dict(enc.index)
        try:
            params = [be.local(p) for p in f.params]
            results = [be.local(r) for r in f.results]
            body = [be.node(s) for s in f.body]
            locs = [[lc.name, be.type(lc.type), int(lc.addr_taken) | int(lc.in_frame) << 1] for lc in be.local_list]
        except Unexportable:
            del enc.table[mark[0] :]  # drop what this body added to the table
            enc.index = mark[1]
            continue
        used = {x.sym for x in walk_nodes(f.body) if isinstance(x, ir.SymAddr)}
        itabs = [[s, enc.type(ct), enc.type(it)] for s, (ct, it) in pkg.itabs.items() if s in used]
        fvs = [[s, t] for s, t in pkg.funcvals.items() if s in used]
        inl = [[name, os.path.abspath(file) if file else "", parent] for name, file, parent in f.inlines]
        funcs[sym] = [os.path.abspath(f.file) if f.file else "", cost, locs, params, results, body, inl,
                      [[s, d] for s, d in nested], itabs, fvs]
    if not funcs:
        return None
    return {"types": enc.table, "funcs": funcs}


def attach(export: bytes, section: dict[str, Any] | None) -> bytes:
    """The export data with the "inl" section added."""
    if section is None:
        return export
    return with_section(export, "inl", section)


class Imported:
    """Inlinable bodies of the imported packages, decoded on first use."""

    def __init__(self, exports: dict[str, bytes], universe: Universe | None) -> None:
        self.universe = universe
        self.sections: dict[str, tuple[str, dict[str, Any]]] = {}  # symbol -> (package path, section)
        self.costs: dict[str, int] = {}
        self.nested: dict[str, list[tuple[str, int]]] = {}
        self.decoded: dict[str, ir.Func | None] = {}
        self.itabs: dict[str, tuple[Type, Type]] = {}
        self.funcvals: dict[str, str] = {}
        self._readers: dict[str, Any] = {}
        if universe is None:
            return
        for path, data in exports.items():
            if b'"inl":' not in data:
                continue
            try:
                d = parsed(data)
                sec = d.get("inl")
                if not isinstance(sec, dict):
                    continue
                for sym, entry in sec["funcs"].items():
                    self.sections[sym] = (path, sec)
                    self.costs[sym] = int(entry[1])
                    self.nested[sym] = [(str(s), int(d)) for s, d in entry[7]]
            except (ValueError, TypeError, KeyError, IndexError, AttributeError):
                continue

    def func(self, sym: str) -> ir.Func | None:
        if sym in self.decoded:
            return self.decoded[sym]
        f: ir.Func | None = None
        got = self.sections.get(sym)
        if got is not None and self.universe is not None:
            try:
                f = self._decode(sym, *got)
            except (ValueError, TypeError, KeyError, IndexError, AssertionError, AttributeError):
                f = None  # damaged or unreadable: the call stays a call
        self.decoded[sym] = f
        return f

    def _decode(self, sym: str, path: str, sec: dict[str, Any]) -> ir.Func:
        assert self.universe is not None
        get = self._readers.get(path)
        if get is None:
            pkg = self.universe.packages.get(path)
            assert pkg is not None
            get = self._readers[path] = self.universe.type_reader(sec["types"], pkg)
        file, _cost, locs, params, results, body, inl, _nested, itabs, fvs = sec["funcs"][sym]
        local_list: list[ir.Local] = []
        for i, (name, ti, flags) in enumerate(locs):
            lc = ir.Local(str(name), get(ti), i)
            lc.addr_taken = bool(flags & 1)
            lc.in_frame = bool(flags & 2)
            local_list.append(lc)
        dec = _BodyDecoder(get, local_list)
        f = ir.Func(sym, str(file), NOPOS, [local_list[i] for i in params], [local_list[i] for i in results],
                    [dec.node(s) for s in body], local_list)
        for k, p in enumerate(f.params):
            p.param_index = k
        for k, r in enumerate(f.results):
            r.result_index = k
        f.inlines = [(str(n), str(fl), int(par)) for n, fl, par in inl]
        for s, ct, it in itabs:
            self.itabs[str(s)] = (get(ct), get(it))
        for s, t in fvs:
            self.funcvals[str(s)] = str(t)
        return f


class _BodyDecoder:
    def __init__(self, get: Any, local_list: list[ir.Local]) -> None:
        self.get = get
        self.local_list = local_list

    def node(self, e: Any) -> Any:
        if e is None:
            return None
        cls = CLASSES[e[0]]
        schema = _SCHEMA[e[0]]
        vals: dict[str, Any] = {}
        for j, (name, kind, _default) in enumerate(schema):
            if j + 1 < len(e):
                vals[name] = self.value(e[j + 1], kind)
        if cls is ir.Call:
            vals["lparen"] = NOPOS
            if not vals.get("what"):
                vals["pos"] = NOPOS  # a position in the other package's file
        return cls(**vals)

    def value(self, v: Any, kind: str) -> Any:
        if kind in TYPE_KINDS:
            return self.get(v)
        if kind in NODE_KINDS:
            return self.node(v)
        if kind in LIST_KINDS:
            return [self.node(x) for x in v]
        if kind == "Local":
            return self.local_list[v]
        if kind == "Value":
            return _dec_value(v)
        if kind == "Pos":
            return Pos(v[0], v[1]) if v else NOPOS
        return v
