"""Methods: link symbols, method sets, and the receiver paths of promoted methods.

Symbols follow gc: ``pkg.T.M`` for a method with a value receiver, ``pkg.(*T).M`` for one
with a pointer receiver. Every method in the method set of ``*T`` is also reachable as
``pkg.(*T).M`` taking a ``*T`` receiver word: for value methods and promoted methods the
package declaring T generates that wrapper. Itabs and the method records of type
descriptors point at these ``(*T).M`` entries, because an interface's data word is always
a pointer (to the value itself, or to a boxed copy of it).
"""

from __future__ import annotations

from collections.abc import Callable

from pogo.compile.types.lookup import Selection, lookup, named_methods, ptr_recv
from pogo.compile.types.objects import Func
from pogo.compile.types.types import Interface, Named, Pointer, Signature, Struct, Type


def recv_named(m: Func) -> Named | None:
    sig = m.type
    if not isinstance(sig, Signature) or sig.recv is None:
        return None
    rt = sig.recv.type
    if isinstance(rt, Pointer):
        rt = rt.elem
    return rt if isinstance(rt, Named) else None


def _pkg_prefix(t: Named) -> str:
    pkg = t.obj.pkg
    return pkg.path if pkg is not None else ""


def type_name(t: Named) -> str:
    """T, or for an instance T[args] with the arguments' link names (gc's symbol style);
    a type declared in a function ends in gc's ``·N``."""
    from pogo.compile.ir.typesym import type_link_name

    name = t.obj.name + targs_suffix(t, type_link_name)
    return name + f"·{t.obj.vargen}" if t.obj.vargen else name


def targs_suffix(t: Named, fmt: Callable[[Type], str]) -> str:
    """``[args]`` of an instance as gc names it: a type declared in an instance of a
    generic function has that instance's type arguments first, then ``;`` and its own."""
    base = t.orig if t.orig is not None else t
    impl = ",".join(fmt(a) for a in base.implicits)
    own = ",".join(fmt(a) for a in t.targs)
    if not impl and not own:
        return ""
    return "[" + impl + (";" if impl and own else "") + own + "]"


def method_symbol(m: Func) -> str:
    if m.link_name:
        return m.link_name
    named = recv_named(m)
    if named is None:
        return m.symbol()
    sig = m.type
    assert isinstance(sig, Signature) and sig.recv is not None
    if isinstance(sig.recv.type, Pointer):
        return f"{_pkg_prefix(named)}.(*{type_name(named)}).{m.name}"
    return f"{_pkg_prefix(named)}.{type_name(named)}.{m.name}"


def ifn_symbol(named: Type, name: str) -> str:
    """The ``(*T).M`` entry: method M of T called with a *T receiver word (for an unnamed
    struct type with promoted methods, ``go:(*struct { … }).M`` as gc names it)."""
    if not isinstance(named, Named):
        from pogo.compile.ir.typesym import type_link_name

        return f"go:(*{type_link_name(named)}).{name}"
    return f"{_pkg_prefix(named)}.(*{type_name(named)}).{name}"


def method_base(t: Type) -> Type | None:
    """The type whose methods values of t (T or *T) have: a named type or an unnamed
    struct type (with methods promoted from embedded fields), else None."""
    base = t.elem if isinstance(t, Pointer) else t
    if isinstance(base, (Named, Struct)):
        return base
    return None


def record_name(m: Func) -> str:
    """A method's name in type descriptors: unexported names carry their package."""
    if m.name[:1].isupper() or m.pkg is None:
        return m.name
    return f"{m.pkg.path}.{m.name}"


def _candidates(t: Type, out: dict[str, Func], seen: set[int]) -> None:
    if isinstance(t, Pointer):
        t = t.elem
    if id(t) in seen:
        return
    seen.add(id(t))
    if isinstance(t, Named):
        for m in named_methods(t):
            out.setdefault(record_name(m), m)
    u = t.underlying()
    if isinstance(u, Interface):
        for m in u.methods:
            out.setdefault(record_name(m), m)
    elif isinstance(u, Struct):
        for f, emb in zip(u.fields, u.embedded, strict=True):
            if emb:
                _candidates(f.type, out, seen)


def method_set(t: Type) -> list[tuple[Func, Selection]]:
    """The methods callable on values of t (a named type N or *N), sorted by record name,
    each with its selection (the embedded-field path, then the method index)."""
    if isinstance(t.underlying(), Interface):
        return []
    cands: dict[str, Func] = {}
    _candidates(t, cands, set())
    is_ptr = isinstance(t, Pointer)
    out: list[tuple[Func, Selection]] = []
    for key in sorted(cands):
        m = cands[key]
        if isinstance(m.type, Signature) and m.type.tparams:
            continue  # a generic method (Go 1.27) is in no method set: it is only stenciled
        sel = lookup(t, m.name, m.pkg)
        obj = sel.obj
        if not isinstance(obj, Func):
            continue
        if ptr_recv(obj) and not is_ptr and not sel.indirect:
            continue  # pointer methods are not in the value type's method set
        out.append((obj, sel))
    return out


def needs_wrapper(m: Func, sel: Selection) -> bool:
    """Whether ``(*T).M`` is a generated wrapper rather than the method itself."""
    return len(sel.index) > 1 or not ptr_recv(m)


def iface_method_index(it: Type, name: str) -> int:
    iu = it.underlying()
    assert isinstance(iu, Interface)
    for i, m in enumerate(iu.methods):
        if m.name == name:
            return i
    raise KeyError(name)


def strip_recv(sig: Signature) -> Signature:
    return Signature(sig.params, sig.results, sig.variadic)
