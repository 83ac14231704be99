"""Checker pieces for composite types and the expressions built on them: struct, map,
channel and interface type expressions; field and method selectors, method values and
method expressions; composite literals; function literals; channel operations.

These are functions over the checker (``chk``) rather than another layer of the class
chain, so that the layers stay small; the chain's methods call into them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.syntax import nodes as n
from pogo.compile.syntax.scanner import string_lit_bytes
from pogo.compile.types import constant
from pogo.compile.types import universe as u
from pogo.compile.types.base import Mode, Operand
from pogo.compile.types.exprstring import expr_string
from pogo.compile.types.lookup import lookup, ptr_recv
from pogo.compile.types.objects import Func, Var
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
    Type,
    comparable,
    identical,
)

if TYPE_CHECKING:
    from pogo.compile.types.check import Checker


def start_pos(e: n.Expr) -> n.Pos:
    """The position of the leftmost token of e (types2 reports errors there)."""
    while True:
        if isinstance(e, (n.BinaryExpr, n.SelectorExpr, n.IndexExpr, n.SliceExpr, n.AssertExpr)):
            e = e.x
        elif isinstance(e, n.CallExpr):
            e = e.fun
        elif isinstance(e, n.KeyValueExpr):
            e = e.key
        elif isinstance(e, n.CompositeLit) and e.type is not None:
            e = e.type
        else:
            return e.pos


# ---------------------------------------------------------------------------
# type expressions


def struct_type(chk: Checker, e: n.StructType) -> Type:
    fields: list[Var] = []
    tags: list[str] = []
    embedded: list[bool] = []
    seen: dict[str, Var] = {}
    for f in e.fields:
        t = chk.typexpr(f.type)
        tag = ""
        if f.tag is not None:
            try:
                tag = string_lit_bytes(f.tag.value).decode("utf-8", "replace")
            except ValueError:
                tag = ""
        if f.name is not None:
            name, pos = f.name.value, f.name.pos
            emb = False
        else:
            # embedded field: T, *T, pkg.T, T[args]
            te = f.type
            if isinstance(te, n.StarExpr):
                te = te.x
            if isinstance(te, n.IndexExpr):
                te = te.x
            name = te.sel.value if isinstance(te, n.SelectorExpr) else (te.value if isinstance(te, n.Name) else "?")
            pos = f.type.pos if not isinstance(f.type, n.StarExpr) else f.type.x.pos
            emb = True
            base = t.elem if isinstance(t, Pointer) else t
            bu = base.underlying() if base is not INVALID else None
            if isinstance(t, Pointer) and isinstance(bu, (Pointer, Interface)):
                chk.error(f.type.pos, "embedded field type cannot be a pointer to an interface" if isinstance(bu, Interface)
                          else "embedded field type cannot be a pointer")
            elif isinstance(bu, Pointer) and not isinstance(base, Basic):
                chk.error(pos, "embedded field type cannot be a pointer")
            elif isinstance(bu, Basic) and bu.kind == u.UNSAFE_POINTER.kind:
                chk.error(pos, "embedded field type cannot be unsafe.Pointer")
        v = Var(name, t, chk.pkg, pos, chk.filename)
        if f.name is not None:
            chk.info.defs[f.name] = v
        if name != "_":
            old = seen.get(name)
            if old is not None:
                chk.error(pos, f"{name} redeclared\n\t{old.file}:{old.pos.line}:{old.pos.col}: other declaration of {name}")
            else:
                seen[name] = v
        fields.append(v)
        tags.append(tag)
        embedded.append(emb)
    return Struct(fields, tags, embedded)


def map_type(chk: Checker, e: n.MapType) -> Type:
    k = chk.typexpr(e.key)
    v = chk.typexpr(e.value)
    if k is not INVALID:
        chk.later(lambda: _check_map_key(chk, e, k))
    return Map(k, v)


def _check_map_key(chk: Checker, e: n.MapType, k: Type) -> None:
    if getattr(k, "is_type_param", False):
        return
    if isinstance(k, Named) and k.under is None:
        return
    if not comparable(k) and k.underlying() is not INVALID:
        ku = k.underlying()
        if isinstance(ku, Interface) and getattr(ku, "terms", None) is None:
            return
        chk.error(e.key.pos, f"invalid map key type {chk.tstr(k)}")


def chan_type(chk: Checker, e: n.ChanType) -> Type:
    return Chan(e.dir.value, chk.typexpr(e.elem))


def interface_type(chk: Checker, e: n.InterfaceType) -> Type:
    from pogo.compile.types.generics import Term, TermInterface, type_set_elem

    methods: list[Func] = []
    names: dict[str, Func] = {}
    embeds: list[Type] = []
    term_lists: list[list[Term]] = []
    for f in e.methods:
        if f.name is not None:
            assert isinstance(f.type, n.FuncType)
            sig, _, _ = chk.signature(f.type, None)
            m = Func(f.name.value, sig, chk.pkg, f.name.pos, chk.filename)
            chk.info.defs[f.name] = m
            if f.name.value == "_":
                chk.error(f.name.pos, "methods must have a unique non-blank name")
                continue
            if f.name.value in names:
                old = names[f.name.value]
                chk.error(f.name.pos, f"duplicate method {f.name.value}\n\t{old.file}:{old.pos.line}:{old.pos.col}: other declaration of method {f.name.value}")
                continue
            names[m.name] = m
            methods.append(m)
            continue
        t, terms = type_set_elem(chk, f.type)
        if t is not None:
            embeds.append(t)
        if terms is not None:
            term_lists.append(terms)
    if not embeds and not term_lists:
        return Interface(methods)
    it = TermInterface(methods, embeds, term_lists)
    it.complete(partial=True)
    chk.later(it.complete)
    return it


# ---------------------------------------------------------------------------
# selectors


def field_selector(chk: Checker, e: n.SelectorExpr, x: Operand) -> Operand:
    """x.sel where x is a value or a type (method expression)."""
    sel = e.sel.value
    if x.mode == Mode.TYPEXPR:
        return method_expr(chk, e, x)
    x = chk.single(x)
    if x.invalid():
        return Operand(Mode.INVALID, e)
    t = x.type
    if isinstance(t, Basic) and t.kind == u.UNTYPED_NIL.kind:
        chk.error(e.sel.pos, f"{expr_string(e)} undefined (type untyped nil has no field or method {sel})")
        return Operand(Mode.INVALID, e)
    chk.default(x)
    t = x.type
    if t is INVALID or isinstance(t, Pointer) and t.elem is INVALID:
        return Operand(Mode.INVALID, e)  # already reported
    s = lookup(t, sel, chk.pkg)
    _resolve_sel(chk, s.obj)
    if s.obj is None:
        if s.ambiguous:
            chk.error(e.sel.pos, f"ambiguous selector {expr_string(e)}")
            return Operand(Mode.INVALID, e)
        if incomplete(chk, t):
            return Operand(Mode.INVALID, e)
        _undefined(chk, e, t)
        return Operand(Mode.INVALID, e)
    chk.info.uses[e.sel] = s.obj
    if isinstance(s.obj, Var):
        s.obj.used = True
        tp = t.underlying() if not isinstance(t, Pointer) else t
        mode = Mode.VARIABLE if (x.mode == Mode.VARIABLE or s.indirect or isinstance(tp, Pointer)) else Mode.VALUE
        return Operand(mode, e, s.obj.type)
    m = s.obj
    sig = m.type
    if not isinstance(sig, Signature):
        return Operand(Mode.INVALID, e)
    if ptr_recv(m) and not s.indirect and not isinstance(t, Pointer) and x.mode != Mode.VARIABLE:
        tu = t.underlying()
        if not isinstance(tu, Interface):
            chk.error(e.sel.pos, f"cannot call pointer method {sel} on {chk.tstr(t)}")
            return Operand(Mode.INVALID, e)
    if ptr_recv(m) and x.mode == Mode.VARIABLE and not isinstance(x.type.underlying(), Pointer):
        chk.mark_addr_taken(e.x)  # x.M() means (&x).M(): x needs an address
    ms = Signature(sig.params, sig.results, sig.variadic)
    ms.tparams = sig.tparams  # a generic method (Go 1.27) is instantiated like a generic function
    return Operand(Mode.VALUE, e, ms)


def incomplete(chk: Checker, t: Type) -> bool:
    """Whether t (or what it points to) is a defined type used inside its own declaration
    before its underlying type is known: gc reports the cycle once, at the type, and no
    follow-on errors where it is used."""
    if isinstance(t, Pointer):
        t = t.elem
    if not (isinstance(t, Named) and t.under is None and t.orig is None):
        return False
    o = t.obj
    if chk.func_lit_depth:
        return True  # gc checks function literal bodies after the type is complete
    if any(d.pos == o.pos and d.filename == o.file for d in chk.diags.items):
        return True
    path = chk.cycle_paths.get(o) or (chk.obj_path[chk.obj_path.index(o):] if o in chk.obj_path else [o])
    if len(path) == 1:
        chk.diags.error(o.file, o.pos, f"invalid recursive type: {o.name} refers to itself")
        return True
    first = min(range(len(path)), key=lambda i: (path[i].file, path[i].pos.line, path[i].pos.col))
    path = path[first:] + path[:first]
    lines = [f"invalid recursive type {path[0].name}"]
    for i, p in enumerate(path):
        lines.append(f"\t{p.file}:{p.pos.line}:{p.pos.col}: {p.name} refers to {path[(i + 1) % len(path)].name}")
    chk.diags.error(path[0].file, path[0].pos, "\n".join(lines))
    return True


def _resolve_sel(chk: Checker, obj: object) -> None:
    if isinstance(obj, Func) and obj.type is INVALID:
        chk.resolve_global(obj)


def _undefined(chk: Checker, e: n.SelectorExpr, t: Type) -> None:
    sel = e.sel.value
    what = "field or method"
    base = t.elem if isinstance(t, Pointer) else t
    if isinstance(t, Pointer) and isinstance(base.underlying(), Interface) and not isinstance(base, Interface):
        chk.error(e.sel.pos, f"{expr_string(e)} undefined (type {chk.tstr(t)} is pointer to interface, not interface)")
        return
    # different capitalisation?
    alt = sel[:1].upper() + sel[1:] if sel[:1].islower() else sel[:1].lower() + sel[1:]
    s2 = lookup(t, alt, chk.pkg)
    if s2.obj is not None:
        kind = "field" if isinstance(s2.obj, Var) else "method"
        chk.error(e.sel.pos, f"{expr_string(e)} undefined (type {chk.tstr(t)} has no field or method {sel}, but does have {kind} {alt})")
        return
    if not sel[:1].isupper() and sel != "_":  # a blank field is never selectable
        s3 = _lookup_any_pkg(t, sel)
        if s3:
            chk.error(e.sel.pos, f"{expr_string(e)} undefined (cannot refer to unexported {s3} {sel})")
            return
    chk.error(e.sel.pos, f"{expr_string(e)} undefined (type {chk.tstr(t)} has no {what} {sel})")


def _lookup_any_pkg(t: Type, name: str) -> str:
    base = t.elem if isinstance(t, Pointer) else t
    if isinstance(base, Named):
        for m in base.methods:
            if m.name == name:
                return "method"
    su = base.underlying()
    if isinstance(su, Struct):
        for f in su.fields:
            if f.name == name:
                return "field"
    return ""


def method_expr(chk: Checker, e: n.SelectorExpr, x: Operand) -> Operand:
    t = x.type
    s = lookup(t, e.sel.value, chk.pkg)
    _resolve_sel(chk, s.obj)
    if not isinstance(s.obj, Func):
        if s.obj is None and incomplete(chk, t):
            return Operand(Mode.INVALID, e)  # T.m inside T's own declaration
        if s.obj is None or isinstance(s.obj, Var):
            chk.error(e.sel.pos, f"{expr_string(e)} undefined (type {chk.tstr(t)} has no method {e.sel.value})"
                      if isinstance(s.obj, Var) else
                      f"{expr_string(e)} undefined (type {chk.tstr(t)} has no field or method {e.sel.value})")
        return Operand(Mode.INVALID, e)
    chk.info.uses[e.sel] = s.obj
    m = s.obj
    sig = m.type
    if not isinstance(sig, Signature):
        return Operand(Mode.INVALID, e)
    if ptr_recv(m) and not isinstance(t, Pointer) and not s.indirect and not isinstance(t.underlying(), Interface):
        chk.error(e.sel.pos, f"invalid method expression {expr_string(e)} (needs pointer receiver (*{chk.tstr(t)}).{e.sel.value})")
        return Operand(Mode.INVALID, e)
    recv = Var("", t, chk.pkg, is_param=True)
    me = Signature([recv, *sig.params], sig.results, sig.variadic)
    me.tparams = sig.tparams
    return Operand(Mode.VALUE, e, me)


# ---------------------------------------------------------------------------
# composite literals


def composite_lit(chk: Checker, e: n.CompositeLit, hint: Type | None) -> Operand:
    if e.type is not None:
        if isinstance(e.type, n.ArrayType) and e.type.len is None:
            elem = chk.typexpr(e.type.elem)
            n_elems = _array_elems(chk, e, elem, -1)
            t: Type = Array(elem, n_elems)
            chk.record_type(e.type, t, Mode.TYPEXPR)
        else:
            t = chk.typexpr(e.type)
            if incomplete(chk, t):  # a literal of a type inside its own declaration
                return Operand(Mode.INVALID, e)
            _elems(chk, e, t)
    elif hint is not None:
        t = hint
        base = t
        if isinstance(t.underlying(), Pointer):
            pt = t.underlying()
            assert isinstance(pt, Pointer)
            base = pt.elem
        _elems(chk, e, base)
    else:
        chk.error(e.pos, "missing type in composite literal")
        for el in e.elems:
            chk.expr(el.value if isinstance(el, n.KeyValueExpr) else el)
        return Operand(Mode.INVALID, e)
    if t is INVALID or t.underlying() is INVALID:
        return Operand(Mode.INVALID, e)  # reported where the type went wrong
    return Operand(Mode.VALUE, e, t)


def _elems(chk: Checker, e: n.CompositeLit, t: Type) -> None:
    tu = core_type(t)
    if t is INVALID or tu is INVALID:
        for el in e.elems:
            _skip(chk, el)
        return
    if isinstance(tu, Struct):
        _struct_elems(chk, e, t, tu)
    elif isinstance(tu, Array):
        _array_elems(chk, e, tu.elem, tu.length)
    elif isinstance(tu, Slice):
        _array_elems(chk, e, tu.elem, -1)
    elif isinstance(tu, Map):
        keys: set[object] = set()
        for el in e.elems:
            if not isinstance(el, n.KeyValueExpr):
                chk.error(el.pos, "missing key in map literal")
                _skip(chk, el)
                continue
            k = _elem_value(chk, el.key, tu.key)
            chk.assign_to(k, tu.key, "map literal")
            if k.mode == Mode.CONSTANT and k.val is not None and not isinstance(tu.key.underlying(), Interface):
                kv = (type(k.val).__name__, k.val)
                if kv in keys:
                    chk.error(start_pos(el.key), f"duplicate key {constant.go_string(k.val)} in map literal")
                keys.add(kv)
            v = _elem_value(chk, el.value, tu.elem)
            chk.assign_to(v, tu.elem, "map literal")
    else:
        chk.error(e.pos, f"invalid composite literal type {chk.tstr(t)}")
        for el in e.elems:
            _skip(chk, el)


def core_type(t: Type) -> Type:
    from pogo.compile.types.generics import core_type as ct

    return ct(t)


def _skip(chk: Checker, el: n.Expr) -> None:
    if isinstance(el, n.KeyValueExpr):
        if not isinstance(el.key, n.Name):
            chk.expr(el.key)
        if not isinstance(el.value, n.CompositeLit) or el.value.type is not None:
            chk.expr(el.value)
    elif not isinstance(el, n.CompositeLit) or el.type is not None:
        chk.expr(el)


def _field_value(chk: Checker, v: n.Expr, t: Type) -> Operand:
    """A struct field's value: unlike elements, it may not elide a composite literal's type."""
    if isinstance(v, n.CompositeLit) and v.type is None:
        return chk.expr(v, None)
    return chk.value(v, t)


def _elem_value(chk: Checker, v: n.Expr, t: Type) -> Operand:
    if isinstance(v, n.CompositeLit) and v.type is None:
        return chk.expr(v, t)
    if isinstance(v, n.UnaryExpr) and v.op == "&" and isinstance(v.x, n.CompositeLit) and v.x.type is None:
        tu = t.underlying()
        if isinstance(tu, Pointer):
            chk.expr(v.x, tu.elem)
            x = Operand(Mode.VALUE, v, t)
            chk.record(x)
            return x
    return chk.value(v, t)


def _struct_elems(chk: Checker, e: n.CompositeLit, t: Type, st: Struct) -> None:
    if not e.elems:
        return
    keyed = isinstance(e.elems[0], n.KeyValueExpr)
    if keyed:
        seen: set[str] = set()
        for el in e.elems:
            if not isinstance(el, n.KeyValueExpr):
                chk.error(el.pos, "mixture of field:value and value elements in struct literal")
                _skip(chk, el)
                continue
            if not isinstance(el.key, n.Name):
                chk.error(el.key.pos, f"invalid field name {expr_string(el.key)} in struct literal")
                _skip(chk, el)
                continue
            name = el.key.value
            sel = lookup(st, name, chk.pkg)
            if sel.obj is None or not isinstance(sel.obj, Var):
                if sel.obj is not None:
                    chk.error(el.key.pos, f"{name} is not a field")
                elif any(f.name == name for f in st.fields):
                    chk.error(el.key.pos, f"cannot refer to unexported field {name} in struct literal of type {chk.tstr(t)}")
                else:
                    chk.error(el.key.pos, f"unknown field {name} in struct literal of type {chk.tstr(t)}")
                _skip(chk, el)
                continue
            if sel.indirect:
                chk.error(el.key.pos, f"invalid implicit pointer indirection to reach {name}")
                _skip(chk, el)
                continue
            f = sel.obj
            chk.info.uses[el.key] = f
            if name in seen:
                chk.error(el.key.pos, f"duplicate field name {name} in struct literal")
                _field_value(chk, el.value, f.type)
                continue
            seen.add(name)
            x = _field_value(chk, el.value, f.type)
            chk.assign_to(x, f.type, "struct literal")
        return
    for i, el in enumerate(e.elems):
        if isinstance(el, n.KeyValueExpr):
            chk.error(el.pos, "mixture of field:value and value elements in struct literal")
            _skip(chk, el)
            continue
        if i >= len(st.fields):
            chk.error(el.pos, f"too many values in struct literal of type {chk.tstr(t)}")
            _skip(chk, el)
            break
        f = st.fields[i]
        x = _field_value(chk, el, f.type)
        if not f.exported() and f.pkg is not None and f.pkg.path != chk.pkg.path:
            chk.error(el.pos, f"implicit assignment to unexported field {f.name} in struct literal of type {chk.tstr(t)}")
            continue
        chk.assign_to(x, f.type, "struct literal")
    if len(e.elems) < len(st.fields):  # types2: counted even when keyed elements were mixed in
        chk.error(e.rbrace, f"too few values in struct literal of type {chk.tstr(t)}")


def _path_names(st: Struct, index: list[int]) -> list[str]:
    names: list[str] = []
    cur: Type = st
    for i in index:
        cu = cur.underlying()
        if isinstance(cu, Pointer):
            cu = cu.elem.underlying()
        if not isinstance(cu, Struct) or i >= len(cu.fields):
            break
        names.append(cu.fields[i].name)
        cur = cu.fields[i].type
    return names


def _array_elems(chk: Checker, e: n.CompositeLit, elem: Type, length: int) -> int:
    """types2's indexedElts: keys are checked as indexes, then bounds and duplicates."""
    idx = 0
    max_idx = 0
    seen: set[int] = set()
    for el in e.elems:
        v = el
        valid = False
        if isinstance(el, n.KeyValueExpr):
            ok, kv = chk.checked_index(el.key, length)
            if ok:
                if kv >= 0:
                    idx = kv
                    valid = True
                else:
                    chk.error(start_pos(el), f"index {expr_string(el.key)} must be integer constant")
            v = el.value
        elif 0 <= length <= idx:
            chk.error(start_pos(el), f"index {idx} is out of bounds (>= {length})")
        else:
            valid = True
        if valid:
            if idx in seen:
                chk.error(start_pos(el), f"duplicate index {idx} in array or slice literal")
            seen.add(idx)
        x = _elem_value(chk, v, elem)
        chk.assign_to(x, elem, "array or slice literal")
        idx += 1
        max_idx = max(max_idx, idx)
    return max_idx


# ---------------------------------------------------------------------------
# function literals


def func_lit(chk: Checker, e: n.FuncLit) -> Operand:
    sig, params, results = chk.signature(e.type, None)
    saved = (chk.loop_depth, chk.switch_depth, chk.iota)
    chk.loop_depth = chk.switch_depth = 0
    # iota keeps its value: a function literal in a constant declaration may use it
    chk.func_lit_depth += 1
    try:
        chk.func_lit_body(sig, params, results, e.body)
    finally:
        chk.func_lit_depth -= 1
    chk.loop_depth, chk.switch_depth, chk.iota = saved
    return Operand(Mode.VALUE, e, sig)


# ---------------------------------------------------------------------------
# channels


def _type_param_chan(chk: Checker, x: Operand, recv: bool) -> Type | str:
    """The channel type common to the type set of a type parameter (the most restricted
    direction), or why there is none (gc's cause text)."""
    from pogo.compile.types.generics import TermInterface

    it = x.type.iface()  # type: ignore[attr-defined]
    terms = None
    if isinstance(it, TermInterface):
        it.complete()
        terms = it.terms
    if not terms:
        return "no specific channel type"
    cur: Chan | None = None
    cur_t: Type | None = None
    for _tilde, t in terms:
        tu = t.underlying()
        if not isinstance(tu, Chan):
            return f"non-channel {chk.tstr(t)}"
        if recv and tu.dir == 1:
            return f"send-only channel {chk.tstr(t)}"
        if not recv and tu.dir == 2:
            return f"receive-only channel {chk.tstr(t)}"
        if cur is None or cur_t is None:
            cur, cur_t = tu, t
            continue
        if not identical(cur.elem, tu.elem):
            return f"channels {chk.tstr(cur_t)} and {chk.tstr(t)} have different element types"
        if cur.dir == tu.dir:
            continue
        if cur.dir == 0:
            cur, cur_t = tu, t
        elif tu.dir != 0:
            return f"channels {chk.tstr(cur_t)} and {chk.tstr(t)} have conflicting directions"
    assert cur is not None
    return cur


def receive(chk: Checker, e: n.UnaryExpr) -> Operand:
    x = chk.value(e.x)
    if x.invalid():
        return Operand(Mode.INVALID, e)
    if getattr(x.type, "is_type_param", False):
        r = _type_param_chan(chk, x, True)
        if isinstance(r, str):
            chk.error(start_pos(e.x), f"invalid operation: cannot receive from {chk.desc(x)}: {r}")
            return Operand(Mode.INVALID, e)
        assert isinstance(r, Chan)
        return Operand(Mode.COMMAOK, e, r.elem)
    ct = core_type(x.type)
    if not isinstance(ct, Chan) and incomplete(chk, x.type):
        return Operand(Mode.INVALID, e)
    if not isinstance(ct, Chan):
        chk.error(start_pos(e.x), f"invalid operation: cannot receive from non-channel {chk.tstr(x.type)} {chk.desc(x)}")
        return Operand(Mode.INVALID, e)
    if ct.dir == 1:
        chk.error(start_pos(e.x), f"invalid operation: cannot receive from send-only channel {chk.tstr(x.type)} {chk.desc(x)}")
        return Operand(Mode.INVALID, e)
    return Operand(Mode.COMMAOK, e, ct.elem)


def send(chk: Checker, s: n.SendStmt) -> None:
    ch = chk.value(s.chan)
    v = chk.value(s.value)
    if ch.invalid() or v.invalid():
        return
    if getattr(ch.type, "is_type_param", False):
        r = _type_param_chan(chk, ch, False)
        if isinstance(r, str):
            chk.error(start_pos(s.chan), f"invalid operation: cannot send to {chk.desc(ch)}: {r}")
            return
        assert isinstance(r, Chan)
        chk.assign_to(v, r.elem, "send")
        return
    ct = core_type(ch.type)
    if not isinstance(ct, Chan):
        chk.error(start_pos(s.chan), f"invalid operation: cannot send to non-channel {chk.tstr(ch.type)} {chk.desc(ch)}")
        return
    if ct.dir == 2:
        chk.error(start_pos(s.chan), f"invalid operation: cannot send to receive-only channel {chk.tstr(ch.type)} {chk.desc(ch)}")
        return
    chk.assign_to(v, ct.elem, "send")


def go_defer(chk: Checker, s: n.GoStmt | n.DeferStmt) -> None:
    what = "go" if isinstance(s, n.GoStmt) else "defer"
    call = s.call
    while isinstance(call, n.ParenExpr):
        call = call.x
    if not isinstance(call, n.CallExpr):
        chk.expr(s.call)
        chk.error(s.call.pos, f"expression in {what} must be function call")
        return
    x = chk.expr(call)
    if x.mode == Mode.TYPEXPR or (isinstance(call.fun, n.Name) and x.mode != Mode.INVALID
                                   and isinstance(chk.info.uses.get(call.fun), type(None)) and False):
        return
    if x.mode == Mode.INVALID:
        return
    fun = chk.info.types.get(call.fun)
    if fun is not None and fun.mode == Mode.TYPEXPR:
        chk.error(start_pos(s.call), f"{what} requires function call, not conversion {chk.desc(x)}")
        return
    if fun is not None and fun.mode == Mode.BUILTIN:
        name = call.fun.value if isinstance(call.fun, n.Name) else (call.fun.sel.value if isinstance(call.fun, n.SelectorExpr) else "")
        if name in ("append", "cap", "complex", "imag", "len", "make", "max", "min", "new", "real",
                    "Alignof", "Offsetof", "Sizeof", "Add", "Slice", "SliceData", "String", "StringData"):
            chk.error(start_pos(s.call), f"{what} discards result of {chk.desc(x)}")


def select_stmt(chk: Checker, s: n.SelectStmt) -> None:
    from pogo.compile.types.switchcase import multiple_defaults

    multiple_defaults(chk, s.cases)
    chk.switch_depth += 1
    for c in s.cases:
        chk.open_scope("case")
        if c.comm is not None:
            ok = isinstance(c.comm, n.SendStmt) or _is_recv_comm(c.comm)
            if not ok:
                cp = c.comm.pos
                if isinstance(c.comm, n.ExprStmt) and isinstance(c.comm.x, n.BinaryExpr):
                    cp = c.comm.x.op_pos
                elif isinstance(c.comm, n.AssignStmt) and c.comm.lhs:
                    cp = start_pos(c.comm.lhs[0])  # types2: where the statement starts
                chk.error(cp, "select case must be send or receive (possibly with assignment)")
            else:
                chk.stmt(c.comm)
        chk.stmt_list(c.body)
        chk.close_scope()
    chk.switch_depth -= 1


def _is_recv_comm(s: n.Stmt) -> bool:
    def recv(e: n.Expr) -> bool:
        while isinstance(e, n.ParenExpr):
            e = e.x
        return isinstance(e, n.UnaryExpr) and e.op == "<-"

    if isinstance(s, n.ExprStmt):
        return recv(s.x)
    if isinstance(s, n.AssignStmt) and len(s.rhs) == 1:
        return recv(s.rhs[0])
    return False


__all__ = ["struct_type", "map_type", "chan_type", "interface_type", "field_selector", "composite_lit", "func_lit",
           "receive", "send", "go_defer", "select_stmt", "Named", "Slice"]
