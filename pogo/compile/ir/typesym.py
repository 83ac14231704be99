"""Link symbol names for type descriptors (``type:int``, ``type:*main.T``)."""

from __future__ import annotations

from pogo.compile.types.types import (
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
    Type,
)


def type_link_name(t: Type) -> str:
    if isinstance(t, Basic):
        return t.canonical_name()
    if isinstance(t, Named):
        from pogo.compile.ir.methods import type_name

        pkg = t.obj.pkg
        return type_name(t) if pkg is None else f"{pkg.path}.{type_name(t)}"
    if isinstance(t, Pointer):
        return "*" + type_link_name(t.elem)
    if isinstance(t, Slice):
        return "[]" + type_link_name(t.elem)
    if isinstance(t, Array):
        return f"[{t.length}]" + type_link_name(t.elem)
    if isinstance(t, Signature):
        ps = ",".join(type_link_name(p.type) for p in t.params)
        rs = ",".join(type_link_name(r.type) for r in t.results)
        return f"func({ps})({rs})"
    if isinstance(t, Struct):
        fs = []
        for f, emb, tag in zip(t.fields, t.embedded, t.tags, strict=True):
            name = f.name if f.exported() or f.pkg is None else f"{f.pkg.path}.{f.name}"
            fs.append(("embedded " if emb else "") + name + " " + type_link_name(f.type) + (f" {tag!r}" if tag else ""))
        return "struct { " + "; ".join(fs) + " }" if fs else "struct {}"
    if isinstance(t, Map):
        return f"map[{type_link_name(t.key)}]{type_link_name(t.elem)}"
    if isinstance(t, Chan):
        return ("chan ", "chan<- ", "<-chan ")[t.dir] + type_link_name(t.elem)
    if isinstance(t, Interface):
        if not t.methods:
            return "interface {}"
        return "interface {" + "; ".join(m.name + type_link_name(m.type)[4:] for m in t.methods) + " }"
    return "?"


def type_symbol(t: Type) -> str:
    return "type:" + type_link_name(t)
