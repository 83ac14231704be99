"""Field and method lookup (spec "Selectors"), method sets and interface satisfaction.

``lookup`` walks a type and its embedded fields breadth-first, depth by depth, as
go/types' LookupFieldOrMethod does: the shallowest match wins, two matches at the same
depth make the selector ambiguous.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pogo.compile.types.objects import Func, Package, Var
from pogo.compile.types.types import Interface, Named, Pointer, Signature, Struct, Type


@dataclass(slots=True)
class Selection:
    obj: Var | Func | None  # None: not found (or ambiguous)
    index: list[int]  # path of field indices; the last one is the method index for methods
    indirect: bool  # a pointer was followed on the way (or the receiver was a pointer)
    ambiguous: bool = False


def same_name(a: str, apkg: Package | None, b: str, bpkg: Package | None) -> bool:
    """Whether two identifiers are the same (spec: spelled alike, and exported or from one package)."""
    if a != b:
        return False
    if a[:1].isupper():
        return True
    pa = apkg.path if apkg is not None else ""
    pb = bpkg.path if bpkg is not None else ""
    return pa == pb


_same_name = same_name


def deref(t: Type) -> tuple[Type, bool]:
    if isinstance(t, Pointer):
        return t.elem, True
    return t, False


def named_methods(t: Named) -> list[Func]:
    if t.orig is not None:
        from pogo.compile.types.generics import instance_methods

        return instance_methods(t)
    return t.methods


def lookup(t: Type, name: str, pkg: Package | None, fold: bool = False) -> Selection:
    """Find field or method ``name`` of type t (pointers to non-interface types allowed).
    With fold, names match ignoring case and package (types2's search for a near miss)."""
    if name == "_":
        return Selection(None, [], False)
    if fold:
        def same_name(a: str, apkg: Package | None, b: str, bpkg: Package | None) -> bool:
            return a.lower() == b.lower()
    else:
        same_name = _same_name
    if getattr(t, "is_type_param", False):
        # the methods of a type parameter are those of its constraint, even when its
        # type set has a core type (which ``underlying`` returns)
        iface = t.iface()  # type: ignore[attr-defined]
        for i, m in enumerate(iface.methods):
            if same_name(m.name, m.pkg, name, pkg):
                return Selection(m, [i], False)
    if isinstance(t, Named) and isinstance(t.underlying(), Pointer) and not t.methods:
        # a defined pointer type: the fields of what it points to, but no methods
        s = lookup(t.underlying(), name, pkg)
        return s if isinstance(s.obj, Var) or s.ambiguous else Selection(None, [], False)
    typ, is_ptr = deref(t)
    if not is_ptr and getattr(typ, "is_type_param", False):
        # a type parameter's methods are its constraint's, also when its type set gives
        # it a basic underlying type (interface{ ~string; Len() int })
        it = typ.iface()  # type: ignore[attr-defined]
        for i, m in enumerate(it.methods):
            if same_name(m.name, m.pkg, name, pkg):
                return Selection(m, [i], False)
    if is_ptr and isinstance(typ.underlying(), Interface):
        # pointer to interface has no methods
        return Selection(None, [], False)
    current: list[tuple[Type, list[int], bool]] = [(typ, [], is_ptr)]
    seen: set[int] = set()
    while current:
        found: Selection | None = None
        count = 0
        nxt: list[tuple[Type, list[int], bool]] = []
        for ty, index, indirect in current:
            if isinstance(ty, Named):
                if id(ty) in seen:
                    continue
                seen.add(id(ty))
                for i, m in enumerate(named_methods(ty)):
                    if same_name(m.name, m.pkg, name, pkg):
                        count += 1
                        found = Selection(m, index + [i], indirect)
                        break
            u = ty.underlying()
            if isinstance(u, Struct):
                for i, f in enumerate(u.fields):
                    if same_name(f.name, f.pkg, name, pkg):
                        count += 1
                        found = Selection(f, index + [i], indirect)
                        continue
                    if u.embedded[i]:
                        et, p = deref(f.type)
                        nxt.append((et, index + [i], indirect or p))
            elif isinstance(u, Interface):
                refresh(u)
                for i, m in enumerate(u.methods):
                    if same_name(m.name, m.pkg, name, pkg):
                        count += 1
                        found = Selection(m, index + [i], indirect)
        if count > 1:
            return Selection(None, [], False, ambiguous=True)
        if found is not None:
            return found
        current = nxt
    return Selection(None, [], False)


def refresh(it: Interface) -> None:
    """An interface embedding one that was still being declared when it was built lists
    its methods only once that one is known: recompute them if not final yet."""
    if not getattr(it, "done", True):
        it.complete(partial=True)  # type: ignore[attr-defined]


def ptr_recv(m: Func) -> bool:
    sig = m.type
    return isinstance(sig, Signature) and sig.recv is not None and isinstance(sig.recv.type, Pointer)


def missing_method(t: Type, iface: Interface, pkg: Package | None,
                   resolve: Callable[[Func], None] | None = None) -> tuple[Func | None, str]:
    """The first method of iface that t lacks, and why (gc's reason text), or (None, "")."""
    from pogo.compile.types.types import identical

    tu = t.underlying()
    refresh(iface)
    if isinstance(tu, Interface):
        refresh(tu)
    for m in iface.methods:
        if isinstance(tu, Interface):
            have = next((x for x in tu.methods if same_name(x.name, x.pkg, m.name, m.pkg)), None)
            if have is None:
                return m, "missing method " + m.name
            if not identical(have.type, m.type):
                return m, "wrong type for method " + m.name
            continue
        sel = lookup(t, m.name, m.pkg)
        obj = sel.obj
        if isinstance(obj, Func) and resolve is not None:
            resolve(obj)
        if not isinstance(obj, Func):
            q = pkg.path if pkg is not None else ""
            if obj is None and not sel.ambiguous and not sel.indirect:
                alt = lookup(t, m.name, m.pkg, fold=True).obj
                if isinstance(alt, Func) and alt.name == m.name:
                    return m, "unexported method " + m.name
                if isinstance(alt, Func) and isinstance(alt.type, Signature) and isinstance(m.type, Signature):
                    from pogo.compile.types.types import signature_string

                    return m, (f"missing method {m.name}\n\t\thave {alt.name}{signature_string(alt.type, q, False)}"
                               f"\n\t\twant {m.name}{signature_string(m.type, q, False)}")
            if obj is not None:
                from pogo.compile.types.types import type_string

                return m, f"{type_string(t, q)}.{m.name} is a field, not a method"
            return m, "missing method " + m.name
        if not identical(_strip_recv(obj.type), m.type):
            from pogo.compile.types.types import signature_string

            q = pkg.path if pkg is not None else ""
            hsig = obj.type
            wsig = m.type
            assert isinstance(hsig, Signature) and isinstance(wsig, Signature)
            return m, (f"wrong type for method {m.name}\n\t\thave {m.name}{signature_string(hsig, q, False)}"
                       f"\n\t\twant {m.name}{signature_string(wsig, q, False)}")
        if ptr_recv(obj) and not sel.indirect and not isinstance(t, Pointer):
            return m, "method " + m.name + " has pointer receiver"
    return None, ""


def paren_reason(why: str) -> str:
    """``(reason)`` followed by the reason's continuation lines, as gc prints them."""
    head, nl, tail = why.partition("\n")
    return f"({head})" + (nl + tail if nl else "")


def _strip_recv(t: Type) -> Type:
    if isinstance(t, Signature) and t.recv is not None:
        s = Signature(t.params, t.results, t.variadic)
        s.tparams = t.tparams  # a generic method never matches an interface method
        return s
    return t
