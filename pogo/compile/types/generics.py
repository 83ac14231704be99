"""Interfaces as type sets, type parameters, core types.

An interface with embedded elements or type terms is a ``TermInterface``: its method set
is completed once the embedded interfaces are known (``complete``), and ``terms`` holds its
type set restriction (None: all types) as a list of (tilde, type) pairs, the intersection
of each embedded union.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pogo.compile.syntax import nodes as n
from pogo.compile.types.objects import Func, Scope, TypeName
from pogo.compile.types.types import INVALID, Basic, Interface, Named, Type, identical

if TYPE_CHECKING:
    from pogo.compile.types.check import Checker

Term = tuple[bool, Type]


# Instances expanded inside each other, and interfaces completed inside each other, nest
# only as deep as the program's types do; deeper nesting is an invalid recursive generic
# type (type X[T any] interface{ X[*T] }), which must end rather than recurse forever.
MAX_INSTANCE_NESTING = 100
_nesting = [0]


class TermInterface(Interface):
    __slots__ = ("own", "embeds", "term_lists", "terms", "comparable", "done", "implicit", "completing")

    def __init__(self, methods: list[Func], embeds: list[Type], term_lists: list[list[Term]]) -> None:
        super().__init__(methods)
        self.own = list(methods)
        self.embeds = embeds
        self.term_lists = term_lists
        self.terms: list[Term] | None = None
        self.comparable = False
        self.done = False
        self.implicit = False  # written as a bare constraint: [T ~int | ~string]
        self.completing = False  # an interface embedding itself (reported as a cycle) stops here

    def complete(self, partial: bool = False) -> None:
        if self.done or self.completing or _nesting[0] > MAX_INSTANCE_NESTING:
            return
        self.completing = True
        _nesting[0] += 1
        try:
            self._complete(partial)
        finally:
            self.completing = False
            _nesting[0] -= 1

    def _complete(self, partial: bool) -> None:
        byname: dict[str, Func] = {m.name: m for m in self.own}
        terms: list[Term] | None = None
        comp = False
        ok = True
        for t in self.embeds:
            tu = t.underlying() if not (isinstance(t, Named) and t.under is None) else None
            if tu is None:
                ok = False
                continue
            if isinstance(tu, TermInterface):
                tu.complete(partial)
                for m in tu.methods:
                    byname.setdefault(m.name, m)
                if tu.terms is not None:
                    terms = tu.terms if terms is None else intersect(terms, tu.terms)
                comp = comp or tu.comparable
            elif isinstance(tu, Interface):
                for m in tu.methods:
                    byname.setdefault(m.name, m)
            if t is COMPARABLE_TYPE:
                comp = True
        for tl in self.term_lists:
            flat = _flatten_union(tl, partial)
            if flat is None:
                ok = False  # a term's type is not resolved yet
                continue
            if flat is _ALL_TYPES:
                continue  # a union with an unrestricted interface (int | any) restricts nothing
            terms = flat if terms is None else intersect(terms, flat)
        self.methods = sorted(byname.values(), key=lambda m: m.name)
        self.terms = terms
        self.comparable = comp
        if ok and not partial:
            self.done = True

    def is_constraint(self) -> bool:
        return self.terms is not None or self.comparable

    def type_string(self, qualify: str) -> str:
        from pogo.compile.types.types import signature_string, type_string

        parts: list[str] = []
        for m in self.own:
            parts.append(m.name + signature_string(m.sig(), qualify))
        for t in self.embeds:
            parts.append(type_string(t, qualify))
        for tl in self.term_lists:
            parts.append(" | ".join(("~" if tilde else "") + type_string(tt, qualify) for tilde, tt in tl))
        if self.implicit and len(parts) == 1 and not self.own:
            return parts[0]
        return "interface{" + ";".join(parts) + "}"


_ALL_TYPES: list[Term] = []


def _flatten_union(tl: list[Term], partial: bool) -> list[Term] | None:
    """A union's terms with interface terms (``Ord | Cplx``) replaced by their own type
    sets; _ALL_TYPES when one of them restricts nothing, None while one is unresolved."""
    if not any(not tilde and (isinstance(x, Named) or isinstance(x, Interface)) for tilde, x in tl):
        return tl
    out: list[Term] = []
    for tilde, x in tl:
        if tilde:
            out.append((tilde, x))
            continue
        if isinstance(x, Named) and x.under is None:
            return None
        xu = x.underlying()
        if not isinstance(xu, Interface) or getattr(x, "is_type_param", False):
            out.append((tilde, x))
            continue
        if isinstance(xu, TermInterface):
            xu.complete(partial)
            if xu.terms is None:
                return _ALL_TYPES
            out.extend(xu.terms)
        else:
            return _ALL_TYPES
    return out


def intersect(a: list[Term], b: list[Term]) -> list[Term]:
    out: list[Term] = []
    for ta, xa in a:
        for tb, xb in b:
            if ta and tb and identical(xa.underlying(), xb.underlying()):
                out.append((True, xa))
            elif ta and not tb and identical(xa.underlying(), xb.underlying()):
                out.append((False, xb))
            elif tb and not ta and identical(xa.underlying(), xb.underlying()):
                out.append((False, xa))
            elif not ta and not tb and identical(xa, xb):
                out.append((False, xa))
    return out


def _comparable_iface() -> tuple[Named, TypeName]:
    obj = TypeName("comparable", None, None)
    named = Named(obj, None)
    obj.type = named
    it = TermInterface([], [], [])
    it.comparable = True
    it.done = True
    named.under = it
    return named, obj


COMPARABLE_TYPE, COMPARABLE_OBJ = _comparable_iface()


def type_set_elem(chk: Checker, e: n.Expr) -> tuple[Type | None, list[Term] | None]:
    """An embedded interface element: (type to embed, None) or (None, union terms)."""
    if (isinstance(e, n.BinaryExpr) and e.op == "|") or (isinstance(e, n.UnaryExpr) and e.op == "~"):
        return None, union_terms(chk, e)
    t = chk.typexpr(e)
    if t is INVALID:
        return None, None
    tu = t.underlying() if not (isinstance(t, Named) and t.under is None) else None
    if tu is None or isinstance(tu, Interface):
        return t, None
    return None, [(False, t)]


def union_terms(chk: Checker, e: n.Expr) -> list[Term]:
    if isinstance(e, n.BinaryExpr) and e.op == "|":
        return union_terms(chk, e.x) + union_terms(chk, e.y)
    if isinstance(e, n.UnaryExpr) and e.op == "~":
        t = chk.typexpr(e.x)
        if t is not INVALID and not identical(t, t.underlying()):
            chk.error(e.pos, f"invalid use of ~ ({chk.tstr(t)} is not the underlying type of {chk.tstr(t)})"
                      if False else f"invalid use of ~ (underlying type of {chk.tstr(t)} is {chk.tstr(t.underlying())})")
        return [(True, t)]
    t = chk.typexpr(e)
    return [(False, t)]


def core_type(t: Type) -> Type:
    """The core type of t (spec "Core types"): its underlying type, or for a type
    parameter the single underlying type of its type set."""
    tu = t.underlying()
    if isinstance(tu, TermInterface) and getattr(t, "is_type_param", False):
        if tu.terms is None or not tu.terms:
            return INVALID
        first = tu.terms[0][1].underlying()
        for _, x in tu.terms[1:]:
            if not identical(first, x.underlying()):
                return _chan_core(tu.terms)
        return first
    return tu


def _chan_core(terms: list[Term]) -> Type:
    """Channels of one element type whose directions agree have the most restricted
    one as core type (``chan int | <-chan int``: ``<-chan int``); else INVALID."""
    from pogo.compile.types.types import Chan

    core: Chan | None = None
    for _, x in terms:
        xu = x.underlying()
        if not isinstance(xu, Chan) or core is not None and not identical(core.elem, xu.elem):
            return INVALID
        if core is None or core.dir == 0:
            core = xu
        elif xu.dir not in (0, core.dir):
            return INVALID
    return core if core is not None else INVALID


def is_basic_set(t: Type, pred: str) -> bool:
    """Whether every type in t's type set satisfies the Basic predicate ``pred``."""
    tu = t.underlying()
    if isinstance(tu, TermInterface) and getattr(t, "is_type_param", False):
        if not tu.terms:
            return False
        return all(isinstance(x.underlying(), Basic) and bool(getattr(x.underlying(), pred)()) for _, x in tu.terms)
    return isinstance(tu, Basic) and bool(getattr(tu, pred)())


# ---------------------------------------------------------------------------
# type parameters


class TypeParam(Type):
    """A type parameter. Its underlying type, for checking operations on its values, is
    the common basic type or core type of its type set when there is one (so that ``+``,
    indexing, ``len``, ``range`` ... are checked as for each type of the set), otherwise
    its constraint interface (method calls, ``==`` for comparable)."""

    __slots__ = ("obj", "index", "bound", "_under")
    is_type_param = True

    def __init__(self, obj: TypeName, index: int, bound: Type | None) -> None:
        self.obj = obj
        self.index = index
        self.bound: Type | None = bound
        self._under: Type | None = None

    def iface(self) -> Interface:
        b = self.bound.underlying() if self.bound is not None else None
        return b if isinstance(b, Interface) else EMPTY_IFACE

    def underlying(self) -> Type:
        if self._under is not None:
            return self._under
        it = self.iface()
        res: Type = it
        if isinstance(it, TermInterface) and it.terms:
            from pogo.compile.types.types import Slice

            us = [x.underlying() for _, x in it.terms]
            if all(isinstance(x, Basic) and x.is_string() or isinstance(x, Slice) and isinstance(x.elem.underlying(), Basic)
                   and x.elem.underlying().kind == 8 for x in us) and not all(isinstance(x, Slice) for x in us):  # type: ignore[attr-defined]
                from pogo.compile.types import universe as uv

                res = TPBasic([uv.STRING])  # a byte string: string | []byte
            elif all(isinstance(x, Basic) for x in us):
                res = TPBasic(us)  # type: ignore[arg-type]
            elif all(identical(us[0], x) for x in us[1:]):
                res = us[0]
        if isinstance(it, TermInterface) and (it.done or self.bound is not None and it.terms is not None):
            self._under = res
        return res

    def type_string(self, qualify: str) -> str:
        del qualify
        return self.obj.name


class TPBasic(Basic):
    """The basic types of a type parameter's type set, seen as one: a predicate holds if it
    holds for every type of the set."""

    __slots__ = ("members",)

    def __init__(self, members: list[Basic]) -> None:
        first = members[0]
        super().__init__(first.kind, first.name, first.size)
        self.members = members

    def is_integer(self) -> bool:
        return all(Basic.is_integer(m) for m in self.members)

    def is_unsigned(self) -> bool:
        return all(Basic.is_unsigned(m) for m in self.members)

    def is_float(self) -> bool:
        return all(Basic.is_float(m) for m in self.members)

    def is_complex(self) -> bool:
        return all(Basic.is_complex(m) for m in self.members)

    def is_numeric(self) -> bool:
        return all(Basic.is_numeric(m) for m in self.members)

    def is_string(self) -> bool:
        return all(Basic.is_string(m) for m in self.members)

    def is_boolean(self) -> bool:
        return all(Basic.is_boolean(m) for m in self.members)

    def is_ordered(self) -> bool:
        return all(Basic.is_ordered(m) for m in self.members)


EMPTY_IFACE = Interface([])


def is_type_param(t: Type) -> bool:
    return isinstance(t, TypeParam)


def declare_tparams(chk: Checker, fields: list[n.Field], scope: object,
                    declared: Callable[[list[TypeParam]], None] | None = None) -> list[TypeParam]:
    """Declare the type parameters of fields in scope; constraints are evaluated after all
    names are declared (they may refer to each other, and, through ``declared``, to the
    generic type being declared)."""
    from pogo.compile.types.objects import Scope

    assert isinstance(scope, Scope)
    tps: list[TypeParam] = []
    for i, f in enumerate(fields):
        if f.name is None:
            continue
        tn = TypeName(f.name.value, None, chk.pkg, f.name.pos, chk.filename)
        tp = TypeParam(tn, i, None)
        tn.type = tp
        tn.used = True
        chk.declare(scope, f.name, tn)
        tps.append(tp)
    if declared is not None:
        declared(tps)
    bounds: dict[int, Type] = {}
    k = 0
    for f in fields:
        if f.name is None:
            continue
        tf = f.type
        key = id(tf)
        if key not in bounds:
            bounds[key] = bound_type(chk, tf)
        tps[k].bound = bounds[key]
        k += 1
    return tps


def bound_type(chk: Checker, e: n.Expr) -> Type:
    """A constraint: an interface, or a type set element written without interface{}."""
    if (isinstance(e, n.BinaryExpr) and e.op == "|") or (isinstance(e, n.UnaryExpr) and e.op == "~"):
        it = TermInterface([], [], [union_terms(chk, e)])
        it.implicit = True
        it.complete()
        return it
    t = chk.typexpr(e)
    if t is INVALID:
        return EMPTY_IFACE
    if isinstance(t, TypeParam):
        chk.error(e.pos, "cannot use a type parameter as constraint")
        return EMPTY_IFACE
    tu = t.underlying() if not (isinstance(t, Named) and t.under is None) else None
    if tu is not None and not isinstance(tu, Interface):
        it = TermInterface([], [], [[(False, t)]])
        it.implicit = True
        it.complete()
        return it
    return t


# ---------------------------------------------------------------------------
# substitution and instantiation


def subst(t: Type, m: dict[int, Type], cache: dict[int, Type] | None = None) -> Type:
    """t with the type parameters in m (keyed by id) replaced; m may also map named
    types declared inside a generic function to their copies in one of its instances."""
    from pogo.compile.types.objects import Var
    from pogo.compile.types.types import Array, Chan, Map, Pointer, Signature, Slice, Struct, Tuple

    if not m:
        return t
    if isinstance(t, TypeParam):
        return m.get(id(t), t)
    if isinstance(t, Basic):
        return t
    if cache is None:
        cache = {}
    key = id(t)
    if key in cache:
        return cache[key]
    if isinstance(t, Pointer):
        e = subst(t.elem, m, cache)
        return t if e is t.elem else Pointer(e)
    if isinstance(t, Slice):
        e = subst(t.elem, m, cache)
        return t if e is t.elem else Slice(e)
    if isinstance(t, Array):
        e = subst(t.elem, m, cache)
        return t if e is t.elem else Array(e, t.length)
    if isinstance(t, Map):
        k, e = subst(t.key, m, cache), subst(t.elem, m, cache)
        return t if k is t.key and e is t.elem else Map(k, e)
    if isinstance(t, Chan):
        e = subst(t.elem, m, cache)
        return t if e is t.elem else Chan(t.dir, e)

    def sv(vs: list[Var]) -> tuple[list[Var], bool]:
        out: list[Var] = []
        changed = False
        for v in vs:
            nt = subst(v.type, m, cache)
            if nt is not v.type:
                changed = True
                nv = Var(v.name, nt, v.pkg, v.pos, v.file, is_param=v.is_param)
                out.append(nv)
            else:
                out.append(v)
        return out, changed

    if isinstance(t, Signature):
        own = [tp for tp in t.tparams if id(tp) not in m]
        fresh = _fresh_tparams(own, m, cache)
        if fresh:
            m = {**m, **{id(a): b for a, b in zip(own, fresh, strict=True)}}
            cache = {}
            own = list(fresh)
        ps, c1 = sv(t.params)
        rs, c2 = sv(t.results)
        if not c1 and not c2 and not fresh:
            return t
        s = Signature(ps, rs, t.variadic, t.recv)
        s.tparams = list(own)
        return s
    if isinstance(t, Tuple):
        vs, c = sv(t.vars)
        return Tuple(vs) if c else t
    if isinstance(t, Struct):
        fs, c = sv(t.fields)
        return Struct(fs, t.tags, t.embedded) if c else t
    if isinstance(t, TermInterface):
        ms = _subst_methods(t.own, m, cache)
        embeds = [subst(x, m, cache) for x in t.embeds]
        tls = [[(tl, subst(x, m, cache)) for tl, x in terms] for terms in t.term_lists]
        it = TermInterface(ms, embeds, tls)
        it.implicit = t.implicit
        it.complete()
        return it
    if isinstance(t, Interface):
        ms = _subst_methods(t.methods, m, cache)
        return t if all(a is b for a, b in zip(ms, t.methods, strict=True)) else Interface(ms)
    if isinstance(t, Named):
        if id(t) in m:  # a type declared inside generic code: its instance (the back end's)
            return m[id(t)]
        if t.targs:
            args = [subst(a, m, cache) for a in t.targs]
            assert t.orig is not None
            orig = m.get(id(t.orig), t.orig)  # a generic type declared inside generic code
            if orig is t.orig and all(a is b for a, b in zip(args, t.targs, strict=True)):
                return t
            assert isinstance(orig, Named)
            return instantiate(orig, args)
        if t.tparams and any(id(tp) in m for tp in t.tparams):
            return instantiate(t, [m.get(id(tp), tp) for tp in t.tparams])
        return t
    return t


def _fresh_tparams(own: list[Type], m: dict[int, Type], cache: dict[int, Type]) -> list[TypeParam]:
    """A generic method's own type parameters whose constraints mention substituted
    (receiver) type parameters get fresh copies with the constraints substituted."""
    tps = [tp for tp in own if isinstance(tp, TypeParam)]
    if not any(tp.bound is not None and subst(tp.bound, m, dict(cache)) is not tp.bound for tp in tps):
        return []
    fresh = [TypeParam(tp.obj, tp.index, None) for tp in tps]
    m2 = {**m, **{id(a): b for a, b in zip(tps, fresh, strict=True)}}
    for old, new in zip(tps, fresh, strict=True):
        new.bound = subst(old.bound, m2, {}) if old.bound is not None else None
    return fresh


def _subst_methods(ms: list[Func], m: dict[int, Type], cache: dict[int, Type]) -> list[Func]:
    out: list[Func] = []
    for f in ms:
        nt = subst(f.type, m, cache)
        if nt is f.type:
            out.append(f)
        else:
            nf = Func(f.name, None, f.pkg, f.pos, f.file)
            nf.type = nt
            out.append(nf)
    return out


_INSTANCES: dict[tuple[int, tuple[str, ...]], list[Named]] = {}


def instantiate(orig: Named, targs: list[Type]) -> Named:
    """orig[targs]; instances with identical arguments are the same object when found."""
    from pogo.compile.types.types import type_string

    if len(targs) == len(orig.tparams) and all(a is b for a, b in zip(targs, orig.tparams, strict=True)):
        return orig
    key = (id(orig), tuple(type_string(a, "\x00") for a in targs))
    for inst in _INSTANCES.get(key, ()):
        if inst.orig is orig and all(identical(a, b) for a, b in zip(inst.targs, targs, strict=True)):
            return inst
    inst = Named(orig.obj, None)
    inst.orig = orig
    inst.targs = list(targs)
    _INSTANCES.setdefault(key, []).append(inst)
    _expand(inst)
    return inst


def _expand(inst: Named) -> None:
    orig = inst.orig
    assert orig is not None
    if orig.under is None:
        return
    if _nesting[0] > MAX_INSTANCE_NESTING:  # e.g. type X[T any] interface{ X[*T] }
        inst.under = INVALID
        return
    m = {id(tp): a for tp, a in zip(orig.tparams, inst.targs, strict=False)}
    _nesting[0] += 1
    try:
        inst.under = subst(orig.under, m).underlying() if orig.under is not INVALID else INVALID
    finally:
        _nesting[0] -= 1


def instance_methods(inst: Named) -> list[Func]:
    from pogo.compile.types.objects import Var
    from pogo.compile.types.types import Pointer, Signature

    orig = inst.orig
    assert orig is not None
    if inst.under is None:
        _expand(inst)
    if inst.methods and len(inst.methods) == len(orig.methods):
        return inst.methods
    resolve = orig.resolver
    ms: list[Func] = []
    m = {id(tp): a for tp, a in zip(orig.tparams, inst.targs, strict=False)}
    complete = True
    for f in orig.methods:
        if f.type is INVALID and callable(resolve):
            resolve(f)
        if f.type is INVALID:
            complete = False
        nt = subst(f.type, m)
        if isinstance(nt, Signature) and nt.recv is not None:
            # the instance's method: its receiver is the instance (the back end names
            # and stencils methods after their receiver's type arguments)
            rv = nt.recv
            rt: Type = Pointer(inst) if isinstance(rv.type, Pointer) else inst
            own = nt.tparams  # a Go 1.27 generic method keeps its own type parameters
            nt = Signature(nt.params, nt.results, nt.variadic, Var(rv.name, rt, rv.pkg, rv.pos, rv.file, is_param=True))
            nt.tparams = own
        nf = Func(f.name, None, f.pkg, f.pos, f.file)
        nf.type = nt
        ms.append(nf)
    if complete:
        inst.methods = ms
    return ms


def generic_base(chk: Checker, e: n.Expr) -> Type:
    saved = chk.generic_ok
    chk.generic_ok = True
    try:
        return chk.typexpr(e)
    finally:
        chk.generic_ok = saved


# Generic aliases (type A[P any] = T), by id of their TypeName: (the TypeName, its type
# parameters); an instance A[X] is T with P replaced by X. Module-level, so that aliases
# of packages type-checked from source by an importer are found too.
GENERIC_ALIASES: dict[int, tuple[TypeName, list[TypeParam]]] = {}


def instantiate_type_expr(chk: Checker, e: n.IndexExpr) -> Type:
    from pogo.compile.types.exprstring import expr_string

    base = generic_base(chk, e.x)
    targs = [chk.typexpr(a) for a in e.index]
    if base is INVALID:
        return INVALID
    alias_name = e.x.sel if isinstance(e.x, n.SelectorExpr) else e.x
    alias = GENERIC_ALIASES.get(id(chk.info.uses.get(alias_name))) if isinstance(alias_name, n.Name) else None
    if alias is not None:
        tps = alias[1]
        if len(targs) != len(tps):
            which = "not enough" if len(targs) < len(tps) else "too many"
            chk.error(e.x.pos, f"{which} type arguments for type {alias[0].name}: have {len(targs)}, want {len(tps)}")
            return INVALID
        if any(a is INVALID for a in targs):
            return INVALID
        chk.later(lambda: check_satisfies(chk, e, list(tps), targs))
        return subst(base, {id(tp): a for tp, a in zip(tps, targs, strict=True)})
    if not isinstance(base, Named) or not base.tparams:
        chk.error(e.x.pos, f"invalid operation: {expr_string(e)} ({expr_string(e.x)} is not a generic type)")
        return INVALID
    if len(targs) != len(base.tparams):
        which = "not enough" if len(targs) < len(base.tparams) else "too many"
        chk.error(e.x.pos, f"{which} type arguments for type {base.obj.name}: have {len(targs)}, want {len(base.tparams)}")
        return INVALID
    if any(a is INVALID for a in targs):
        return INVALID
    inst = instantiate(base, targs)
    chk.later(lambda: check_satisfies(chk, e, base.tparams, targs))
    from pogo.compile.types import mono

    mono.record(chk, base.tparams, targs, [a.pos for a in e.index])
    return inst


def check_satisfies(chk: Checker, e: n.IndexExpr | n.CallExpr | n.Expr, tparams: list[Type], targs: list[Type],
                    at: n.Pos | None = None) -> None:
    """Report the first type argument that does not satisfy its constraint."""
    m = {id(tp): a for tp, a in zip(tparams, targs, strict=False)}
    for i, (tp, a) in enumerate(zip(tparams, targs, strict=False)):
        if not isinstance(tp, TypeParam) or a is INVALID:
            continue
        bound = subst(tp.bound, m) if tp.bound is not None else EMPTY_IFACE
        why = satisfies(chk, a, bound)
        if why:
            pos = e.index[i].pos if isinstance(e, n.IndexExpr) and i < len(e.index) else (at or e.pos)
            chk.error(pos, why)
            return


def satisfies(chk: Checker, a: Type, bound: Type) -> str:
    from pogo.compile.types.lookup import missing_method
    from pogo.compile.types.types import comparable

    it = bound.underlying()
    if not isinstance(it, Interface):
        return ""
    if isinstance(it, TermInterface):
        it.complete()
        if it.terms is not None and not isinstance(a, TypeParam):
            ok = any(identical(a, x) or (tilde and identical(a.underlying(), x.underlying())) for tilde, x in it.terms)
            if not ok:
                if len(it.terms) == 1 and it.terms[0][0] and not it.embeds and not it.own:
                    return f"{chk.tstr(a)} does not satisfy {chk.tstr(bound)} (possibly missing ~ for {chk.tstr(a.underlying())} in {chk.tstr(bound)})" if identical(a.underlying(), it.terms[0][1]) else f"{chk.tstr(a)} does not satisfy {chk.tstr(bound)} ({chk.tstr(a)} missing in {_terms_string(chk, it.terms)})"
                return f"{chk.tstr(a)} does not satisfy {chk.tstr(bound)} ({chk.tstr(a)} missing in {_terms_string(chk, it.terms)})"
        if it.comparable and not isinstance(a, TypeParam) and not comparable(a):
            return f"{chk.tstr(a)} does not satisfy comparable"
    if it.methods and not isinstance(a, TypeParam):
        mm, why = missing_method(a, it, chk.pkg, chk.resolve_global)
        if mm is not None:
            from pogo.compile.types.lookup import paren_reason

            return f"{chk.tstr(a)} does not satisfy {chk.tstr(bound)} {paren_reason(why)}"
    return ""


def _terms_string(chk: Checker, terms: list[Term]) -> str:
    return " | ".join(("~" if t else "") + chk.tstr(x) for t, x in terms)


def func_scope(chk: Checker, d: n.FuncDecl, fn: Func) -> Scope | None:
    """For a generic function or a method of a generic type: a scope holding the type
    parameters (recorded for the body), else None."""
    from pogo.compile.types.methods import recv_base_name

    recv_params: list[n.Expr] = []
    if d.recv is not None:
        rt = d.recv.type
        while isinstance(rt, (n.ParenExpr, n.StarExpr)):
            rt = rt.x
        if isinstance(rt, n.IndexExpr):
            recv_params = rt.index
    if not d.tparams and not recv_params:
        return None
    s = Scope(chk.scope, "type parameters")
    if recv_params and d.recv is not None:
        base = recv_base_name(d.recv.type)
        obj = chk.pkg.scope.lookup(base.value) if base is not None else None
        named = obj.type if obj is not None else None
        if obj is not None:
            chk.resolve_global(obj)
            named = obj.type
        tps = named.tparams if isinstance(named, Named) else []
        for i, pe in enumerate(recv_params):
            if not isinstance(pe, n.Name):
                chk.error(pe.pos, f"receiver type parameter {pe} must be an identifier")
                continue
            if pe.value == "_":
                if i < len(tps):
                    chk.blank_tparams[pe] = tps[i]
                continue
            tn = TypeName(pe.value, tps[i] if i < len(tps) else INVALID, chk.pkg, pe.pos, chk.filename)
            if pe.value == "_":
                # List[_]: the receiver type needs the parameter, the body cannot name it
                # (check.py removes it once the signature is known)
                tn.used = True
                s.names["_"] = tn
                continue
            tn.used = True
            chk.declare(s, pe, tn)
        if isinstance(named, Named) and len(recv_params) != len(tps):
            chk.error(recv_params[0].pos, f"receiver declares {len(recv_params)} type parameter{'s' if len(recv_params) != 1 else ''}, but receiver base type declares {len(tps)}"
                      if False else f"got {len(recv_params)} type parameter{'s' if len(recv_params) != 1 else ''}, but receiver base type declares {len(tps)}")
    if d.tparams:  # a function's, or a generic method's own (Go 1.27), after the receiver's
        saved = chk.scope
        chk.scope = s
        try:
            chk.func_tparams[fn] = list(declare_tparams(chk, d.tparams, s))
        finally:
            chk.scope = saved
    chk.func_scopes[fn] = s
    return s


def generic_type_decl(chk: Checker, obj: TypeName, d: n.TypeDecl) -> None:
    from pogo.compile.types.objects import Scope

    s = Scope(chk.scope, "type parameters")
    named = obj.type
    if d.alias or not isinstance(named, Named):
        saved = chk.scope
        chk.scope = s
        tps = declare_tparams(chk, d.tparams, s)
        obj.type = chk.typexpr(d.type)
        chk.scope = saved
        if d.alias:
            GENERIC_ALIASES[id(obj)] = (obj, list(tps))
        return
    named.resolver = chk.resolve_global
    saved = chk.scope
    chk.scope = s
    try:
        named.tparams = list(declare_tparams(chk, d.tparams, s, lambda tps: setattr(named, "tparams", list(tps))))
        t = chk.typexpr(d.type)
    finally:
        chk.scope = saved
    if isinstance(t, TypeParam):
        chk.error(d.type.pos, "cannot use a type parameter as RHS in type declaration")
        named.under = INVALID
        return
    named.under = t.underlying() if t is not INVALID else INVALID
    if isinstance(t, Named) and t.under is None:
        chk.later(lambda: setattr(named, "under", t.underlying()))
    for m in named.methods:
        chk.later(lambda m=m: chk.resolve_global(m))  # type: ignore[misc]


def type_set(t: Type) -> list[tuple[Type, Type]] | None:
    """(type, underlying type) of each type of t's type set: t itself unless it is a type
    parameter; None for a type parameter whose constraint lists no specific types."""
    if not isinstance(t, TypeParam):
        return [(t, t.underlying())]
    it = t.iface()
    if not isinstance(it, TermInterface):
        return None
    it.complete()
    if not it.terms:
        return None
    return [(x, x.underlying()) for _, x in it.terms]


def common_under(chk: Checker, t: Type) -> Type | str:
    """The underlying type shared by all types of t's type set (channels may differ in
    direction: the most restricted one wins), or gc's reason why there is none."""
    from pogo.compile.types.types import Chan, identical

    ts = type_set(t)
    if ts is None:
        return "no specific type"
    ct: Type | None = None
    cu: Type | None = None
    for x, xu in ts:
        if cu is None or ct is None:
            ct, cu = x, xu
            continue
        if isinstance(cu, Chan) and isinstance(xu, Chan):
            if not identical(cu.elem, xu.elem):
                return f"channels {chk.tstr(ct)} and {chk.tstr(x)} have different element types"
            if cu.dir == xu.dir:
                continue
            if cu.dir == 0:
                ct, cu = x, xu
            elif xu.dir != 0:
                return f"channels {chk.tstr(ct)} and {chk.tstr(x)} have conflicting directions"
            continue
        if not identical(cu, xu):
            return f"{chk.tstr(ct)} and {chk.tstr(x)} have different underlying types"
    assert cu is not None
    return cu
