"""Type inference for calls of generic functions (spec "Type inference"): unification of
parameter and argument types, then of type parameters with the core types of their
constraints, then default types for untyped constant arguments."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pogo.compile.syntax import nodes as n
from pogo.compile.types import universe as u
from pogo.compile.types.base import Mode, Operand
from pogo.compile.types.generics import TermInterface, TypeParam, check_satisfies, subst
from pogo.compile.types.objects import Func
from pogo.compile.types.types import (
    INVALID,
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
    identical,
    is_untyped,
)

if TYPE_CHECKING:
    from pogo.compile.types.check import Checker


def unify(x: Type, y: Type, m: dict[int, Type], tps: set[int], depth: int = 0) -> bool:
    if depth > 50 or x is y:
        return True
    if isinstance(x, TypeParam) and id(x) in tps:
        have = m.get(id(x))
        if have is None:
            m[id(x)] = y
            return True
        if isinstance(have, Named) and not isinstance(y, Named):
            return unify(have.underlying(), y, m, tps, depth + 1)
        if isinstance(y, Named) and not isinstance(have, Named):
            m[id(x)] = y  # inexact unification prefers the named type
            return True
        if isinstance(have, Chan) and isinstance(y, Chan) and have.dir == 0 and y.dir != 0:
            m[id(x)] = y  # ... and the directional channel over a bidirectional one
            return unify(have.elem, y.elem, m, tps, depth + 1)
        return unify(have, y, m, tps, depth + 1)
    if isinstance(y, TypeParam) and id(y) in tps:
        return unify(y, x, m, tps, depth + 1)
    if isinstance(y, TypeParam) and not isinstance(x, TypeParam):
        yc = y.underlying()
        if not isinstance(yc, (Basic,)) and not isinstance(yc, TermInterface):
            return unify(x, yc, m, tps, depth + 1)
        return True
    if isinstance(x, Named) and isinstance(y, Named):
        if x.orig is not None and y.orig is not None and x.orig is y.orig:
            return all(unify(a, b, m, tps, depth + 1) for a, b in zip(x.targs, y.targs, strict=False))
        xu = x.underlying()
        if x.targs and isinstance(xu, Interface) and not isinstance(y.underlying(), Interface):
            return _unify_iface(xu, y, m, tps, depth)
        return True
    if isinstance(x, Interface) and x.methods and not isinstance(y.underlying(), Interface):
        return _unify_iface(x, y, m, tps, depth)
    if isinstance(x, Named) and not isinstance(y, Named):
        return unify(x.underlying(), y, m, tps, depth + 1) if x.targs else True
    if isinstance(y, Named) and not isinstance(x, Named) and not isinstance(x, (Basic, TypeParam)):
        return unify(x, y.underlying(), m, tps, depth + 1)
    if isinstance(x, Pointer) and isinstance(y, Pointer):
        return unify(x.elem, y.elem, m, tps, depth + 1)
    if isinstance(x, Slice) and isinstance(y, Slice):
        return unify(x.elem, y.elem, m, tps, depth + 1)
    if isinstance(x, Array) and isinstance(y, Array):
        return unify(x.elem, y.elem, m, tps, depth + 1)
    if isinstance(x, Map) and isinstance(y, Map):
        return unify(x.key, y.key, m, tps, depth + 1) and unify(x.elem, y.elem, m, tps, depth + 1)
    if isinstance(x, Chan) and isinstance(y, Chan):
        return unify(x.elem, y.elem, m, tps, depth + 1)
    if isinstance(x, Signature) and isinstance(y, Signature):
        ok = True
        for a, b in zip(x.params, y.params, strict=False):
            ok = unify(a.type, b.type, m, tps, depth + 1) and ok
        for a, b in zip(x.results, y.results, strict=False):
            ok = unify(a.type, b.type, m, tps, depth + 1) and ok
        return ok
    if isinstance(x, Struct) and isinstance(y, Struct):
        for a, b in zip(x.fields, y.fields, strict=False):
            unify(a.type, b.type, m, tps, depth + 1)
        return True
    return True


# resolves a method declared later in the package when inference needs its signature
RESOLVE: list[Callable[[Func], None]] = []


def _unify_iface(x: Interface, y: Type, m: dict[int, Type], tps: set[int], depth: int) -> bool:
    """A parameter of interface type and an argument of a concrete type: unify the
    interface's methods with the argument's (Go 1.21 interface inference)."""
    from pogo.compile.types.lookup import lookup

    for im in x.methods:
        if not isinstance(im.type, Signature) or not _free(im.type, tps):
            continue
        sel = lookup(y, im.name, im.pkg)
        f = sel.obj
        if not isinstance(f, Func):
            continue
        if RESOLVE:
            RESOLVE[-1](f)
        if isinstance(f.type, Signature) and not f.type.tparams:
            unify(im.type, f.type, m, tps, depth + 1)
    return True


_UNTYPED_RANK = {Kind.UNTYPED_INT: 1, Kind.UNTYPED_RUNE: 2, Kind.UNTYPED_FLOAT: 3, Kind.UNTYPED_COMPLEX: 4}


def infer(chk: Checker, e: n.CallExpr, fname: str, sig: Signature, xs: list[Operand],
          given: list[Type] | None = None) -> Signature | None:
    """The signature of the call's instance, or None after reporting an error."""
    RESOLVE.append(chk.resolve_global)
    try:
        return _infer(chk, e, fname, sig, xs, given)
    finally:
        RESOLVE.pop()


def fresh_signature(sig: Signature) -> Signature:
    """sig with fresh type parameters: inside a generic function, a call of itself must
    not confuse its type parameters (being inferred) with the caller's (arguments)."""
    own = [tp for tp in sig.tparams if isinstance(tp, TypeParam)]
    fresh = [TypeParam(tp.obj, tp.index, None) for tp in own]
    ren: dict[int, Type] = {id(a): b for a, b in zip(own, fresh, strict=True)}
    for f, tp in zip(fresh, own, strict=True):
        f.bound = subst(tp.bound, ren) if tp.bound is not None else None
    rs = subst(Signature(sig.params, sig.results, sig.variadic, sig.recv), ren)
    assert isinstance(rs, Signature)
    if rs.params is sig.params and rs.results is sig.results:
        rs = Signature(sig.params, sig.results, sig.variadic, sig.recv)
    rs.tparams = list(fresh)
    return rs


def _infer(chk: Checker, e: n.CallExpr, fname: str, sig: Signature, xs: list[Operand],
           given: list[Type] | None) -> Signature | None:
    sig = fresh_signature(sig)
    tparams = [tp for tp in sig.tparams if isinstance(tp, TypeParam)]
    tps = {id(tp) for tp in tparams}
    m: dict[int, Type] = {}
    for tp, a in zip(tparams, given or [], strict=False):
        m[id(tp)] = a
    params = sig.params
    ptypes: list[Type] = []
    for i in range(len(xs)):
        if sig.variadic and i >= len(params) - 1 and not e.has_dots:
            last = params[-1].type
            ptypes.append(last.elem if isinstance(last, Slice) else last)
        elif i < len(params):
            ptypes.append(params[i].type)
    generic_args: list[tuple[Operand, Type, list[TypeParam], Type]] = []
    for x, pt in zip(xs, ptypes, strict=False):
        if x.invalid() or is_untyped(x.type):
            continue
        if isinstance(x.type, Signature) and x.type.tparams and (x.expr is None or x.expr not in chk.partial_inst):
            # a generic function argument: its own type parameters (fresh per argument)
            # are inferred together with the callee's
            own = [tp for tp in x.type.tparams if isinstance(tp, TypeParam)]
            fresh = [TypeParam(tp.obj, tp.index, tp.bound) for tp in own]
            renamed = subst(Signature(x.type.params, x.type.results, x.type.variadic),
                            {id(a): b for a, b in zip(own, fresh, strict=True)})
            generic_args.append((x, pt, fresh, renamed))
            tps |= {id(tp) for tp in fresh}
            unify(pt, renamed, m, tps)
            continue
        if isinstance(x.type, Signature) and x.type.tparams:
            generic_args.append((x, pt, [], x.type))
            continue
        unify(pt, x.type, m, tps)
    _core_types(tparams, m, tps, chk.resolve_global)
    if not _methods_satisfied(chk, e, fname, tparams, m, tps):
        return None
    # untyped constants
    for x, pt in zip(xs, ptypes, strict=False):
        if isinstance(pt, TypeParam) and id(pt) in tps and not x.invalid() and is_untyped(x.type):
            if isinstance(x.type, Basic) and x.type.kind == Kind.UNTYPED_NIL:
                continue
            have = m.get(id(pt))
            xb = x.type
            assert isinstance(xb, Basic)
            hk = have.kind if isinstance(have, Basic) else Kind.INVALID
            if have is not None and is_untyped(have) and _UNTYPED_RANK.get(xb.kind, 0) * _UNTYPED_RANK.get(hk, 0) == 0 \
                    and xb.kind != hk:
                chk.error(x.expr.pos if x.expr else e.pos, f"in call to {fname}, mismatched types {chk.tstr(have)} and "
                                                           f"{chk.tstr(x.type)} (cannot infer {pt.obj.name})")
                return None
            if have is None or (is_untyped(have) and _UNTYPED_RANK.get(xb.kind, 0) > _UNTYPED_RANK.get(hk, 0)):
                m[id(pt)] = x.type
    for k, v in list(m.items()):
        if is_untyped(v):
            m[k] = u.default_type(v)
    m = _simplify(m, tps)
    for tp in tparams:
        if id(tp) not in m or _free(m[id(tp)], tps):
            chk.error(e.lparen, f"in call to {fname}, cannot infer {tp.obj.name} (declared at "
                                f"{tp.obj.file}:{tp.obj.pos.line}:{tp.obj.pos.col})")
            return None
    targs = [m[id(tp)] for tp in tparams]
    if any(t is INVALID for t in targs):
        return None
    for x, pt, fresh, renamed in generic_args:
        if fresh and all(id(tp) in m for tp in fresh) and not any(_free(m[id(tp)], tps) for tp in fresh):
            ainst = subst(renamed, m)
            x.type = ainst
            if x.expr is not None:
                chk.record_type(x.expr, ainst)
                record_instance(chk, x.expr, [m[id(tp)] for tp in fresh])
        else:
            instantiate_arg(chk, x, subst(pt, m))
    chk.later(lambda: check_satisfies(chk, e.fun, list(tparams), targs, e.lparen))
    record_instance(chk, e.fun, targs, e.lparen)
    inst = subst(sig, m)
    assert isinstance(inst, Signature)
    if inst is sig:
        inst = Signature(sig.params, sig.results, sig.variadic, sig.recv)
    inst.tparams = []
    return inst


def _core_types(tparams: list[TypeParam], m: dict[int, Type], tps: set[int],
                resolve: Callable[[Func], None] | None = None) -> None:
    """Constraint type inference: unify each type parameter with the single (core) type
    of its constraint; an exact core type is the type argument itself, possibly in terms
    of type parameters still to be inferred (resolved by ``_simplify``)."""
    for _ in range(len(tparams) + 2):
        changed = False
        for tp in tparams:
            b = tp.bound.underlying() if tp.bound is not None else None
            if isinstance(b, Interface) and b.methods and id(tp) in m:
                before = len(m)
                _unify_methods(b, m[id(tp)], m, tps, resolve)
                changed = changed or len(m) != before
            if not isinstance(b, TermInterface):
                continue
            b.complete()
            if b.terms and len(b.terms) > 1 and id(tp) in m:
                cc = _chan_core(b.terms)
                if cc is not None:
                    before = len(m)
                    unify(cc, m[id(tp)].underlying(), m, tps)
                    changed = changed or len(m) != before
                continue
            if not b.terms or len(b.terms) != 1:
                continue
            tilde, core = b.terms[0]
            have = m.get(id(tp))
            if have is not None:
                before = len(m)
                unify(core, have.underlying() if tilde else have, m, tps)
                changed = changed or len(m) != before
            else:
                free = _free(core, tps)
                if not tilde or all(f in m for f in free):
                    m[id(tp)] = subst(core, m)
                    changed = True
        if not changed:
            break


def _unify_methods(b: Interface, t: Type, m: dict[int, Type], tps: set[int],
                   resolve: Callable[[Func], None] | None) -> None:
    """A known type argument's methods against its constraint's (spec: inference from
    methods), e.g. R from ``T interface{ M() R }`` and T's own method M."""
    from pogo.compile.types.lookup import lookup

    if _free(t, tps):
        return
    for im in b.methods:
        sel = lookup(t, im.name, im.pkg)
        f = sel.obj
        if not isinstance(f, Func):
            continue
        if resolve is not None:
            resolve(f)
        if isinstance(f.type, Signature) and isinstance(im.type, Signature) and not f.type.tparams:
            unify(im.type, f.type, m, tps)


def _chan_core(terms: list[tuple[bool, Type]]) -> Type | None:
    """The channel type of ``chan T | <-chan T`` (same element type, directions that
    agree), for unification; None when the terms are not such channels."""
    chans = [t.underlying() for _, t in terms]
    if not all(isinstance(c, Chan) for c in chans):
        return None
    first = chans[0]
    assert isinstance(first, Chan)
    dirs = {c.dir for c in chans if isinstance(c, Chan)} - {0}
    if len(dirs) > 1 or any(isinstance(c, Chan) and not identical(c.elem, first.elem) for c in chans):
        return None
    return Chan(dirs.pop() if dirs else 0, first.elem)


def _simplify(m: dict[int, Type], tps: set[int]) -> dict[int, Type]:
    """Replace type parameters inferred in terms of other inferred ones; what still
    mentions one (a cycle) is left for the caller to report as not inferable."""
    for _ in range(len(m) + 1):
        if not any(_free(v, tps) for v in m.values()):
            break
        m = {k: subst(v, m) for k, v in m.items()}
    return m


def _methods_satisfied(chk: Checker, e: n.CallExpr, fname: str, tparams: list[TypeParam],
                       m: dict[int, Type], tps: set[int]) -> bool:
    """types2 checks, as part of inference, that a type argument inferred from a typed
    argument has the methods of a constraint that lists no types (its message starts
    with ``in call to f``); untyped arguments are checked later, on instantiation."""
    from pogo.compile.types.lookup import missing_method, paren_reason

    for tp in tparams:
        tx = m.get(id(tp))
        if tx is None or tp.bound is None or isinstance(tx, TypeParam) or _free(tx, tps):
            continue
        it = tp.iface()
        if not it.methods or getattr(it, "terms", None) is not None:
            continue
        bound = subst(tp.bound, m)
        bi = bound.underlying()
        if _free(bound, tps) or not isinstance(bi, Interface):
            continue
        mm, why = missing_method(tx, bi, chk.pkg, chk.resolve_global)
        if mm is not None:
            chk.error(e.lparen, f"in call to {fname}, {tp.obj.name} (type {chk.tstr(tx)}) does not satisfy "
                                f"{chk.tstr(tp.bound)} {paren_reason(why)}")
            return False
    return True


def _free(t: Type, tps: set[int]) -> list[int]:
    out: list[int] = []
    stack = [t]
    seen = 0
    while stack and seen < 200:
        seen += 1
        x = stack.pop()
        if isinstance(x, TypeParam) and id(x) in tps:
            out.append(id(x))
        elif isinstance(x, (Pointer, Slice, Array, Chan)):
            stack.append(x.elem)
        elif isinstance(x, Map):
            stack.extend((x.key, x.elem))
        elif isinstance(x, Signature):
            stack.extend(v.type for v in x.params + x.results)
        elif isinstance(x, Named):
            stack.extend(x.targs)
        elif isinstance(x, Struct):
            stack.extend(f.type for f in x.fields)
    return out


def explicit(chk: Checker, e: n.IndexExpr, x: Operand) -> Operand:
    """f[T1, T2]: a (partial) instantiation of the generic function x."""
    sig = x.type
    assert isinstance(sig, Signature)
    targs = [chk.typexpr(a) for a in e.index]
    if len(targs) > len(sig.tparams):
        chk.error(e.index[len(sig.tparams)].pos, f"got {len(targs)} type arguments but want {len(sig.tparams)}")
        return Operand(Mode.INVALID, e)
    if any(t is INVALID for t in targs):
        return Operand(Mode.INVALID, e)
    tparams = [tp for tp in sig.tparams if isinstance(tp, TypeParam)]
    m = {id(tp): a for tp, a in zip(tparams, targs, strict=False)}
    if len(targs) < len(tparams):
        sig = fresh_signature(sig)
        tparams = [tp for tp in sig.tparams if isinstance(tp, TypeParam)]
        m = {id(tp): a for tp, a in zip(tparams, targs, strict=False)}
        tps = {id(tp) for tp in tparams}
        _core_types(tparams, m, tps, chk.resolve_global)
        m = _simplify(m, tps)
        if not all(id(tp) in m and not _free(m[id(tp)], tps) for tp in tparams):
            chk.partial_inst[e] = (sig, targs)
            return Operand(Mode.VALUE, e, sig)
        targs = [m[id(tp)] for tp in tparams]
    inst = subst(sig, m)
    assert isinstance(inst, Signature)
    if inst is sig:
        inst = Signature(sig.params, sig.results, sig.variadic, sig.recv)
    inst.tparams = []
    chk.later(lambda: check_satisfies(chk, e, list(tparams), targs))
    record_instance(chk, e, targs)
    return Operand(Mode.VALUE, e, inst)


def instantiate_arg(chk: Checker, x: Operand, want: Type) -> None:
    """A generic function passed as an argument: infer its type arguments from the
    parameter type (Go 1.21 reverse inference)."""
    sig = x.type
    assert isinstance(sig, Signature)
    tparams = [tp for tp in sig.tparams if isinstance(tp, TypeParam)]
    tps = {id(tp) for tp in tparams}
    m: dict[int, Type] = {}
    unify(sig, want, m, tps)
    for tp in tparams:
        b = tp.bound.underlying() if tp.bound is not None else None
        if isinstance(b, TermInterface) and b.terms and len(b.terms) == 1 and id(tp) in m:
            tilde, core = b.terms[0]
            have = m[id(tp)]
            unify(core, have.underlying() if tilde else have, m, tps)
    if all(id(tp) in m for tp in tparams):
        inst = subst(sig, m)
        if isinstance(inst, Signature):
            if inst is sig:
                inst = Signature(sig.params, sig.results, sig.variadic, sig.recv)
            inst.tparams = []
            x.type = inst
            if x.expr is not None:
                chk.record_type(x.expr, inst)
                record_instance(chk, x.expr, [m[id(tp)] for tp in tparams])


def record_instance(chk: Checker, e: n.Expr, targs: list[Type], pos: n.Pos | None = None) -> None:
    """Remember the type arguments of the generic function that e (f, pkg.f, f[T],
    (f)) denotes, for the back end's stenciling and the instantiation-cycle check
    (explicit type arguments at their own positions, inferred ones at pos or e's)."""
    from pogo.compile.types import mono

    top = e
    while True:
        if isinstance(e, n.ParenExpr):
            e = e.x
        elif isinstance(e, n.IndexExpr):
            e = e.x
        else:
            break
    if isinstance(e, n.SelectorExpr):
        e = e.sel
    if isinstance(e, n.Name):
        chk.info.instances[e] = list(targs)
        f = chk.info.uses.get(e)
        sig = f.type if f is not None else None
        if isinstance(sig, Signature):
            while isinstance(top, n.ParenExpr):
                top = top.x
            given = [a.pos for a in top.index] if isinstance(top, n.IndexExpr) else []
            rest = pos if pos is not None else top.pos
            mono.record(chk, sig.tparams, targs, given + [rest] * (len(targs) - len(given)))


def type_params_string(tparams: list[TypeParam]) -> str:
    """``P``, ``P and Q``, ``P, Q, and R`` as gc lists type parameters it cannot infer."""
    names = [tp.obj.name for tp in tparams]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


def reverse_infer(chk: Checker, x: Operand, target: Type, desc: str, call: str = "") -> bool:
    """A generic function (or partial instantiation) x used as a value of the function
    type ``target`` (Go 1.21): infer its type arguments from target and instantiate x in
    place. ``desc`` names the target (``v``, ``result variable``, ...) in an assignment;
    ``call`` names the called function when x is an argument of a non-generic call.
    Reports gc's error and returns False when inference fails."""
    sig = x.type
    tsig = target.underlying()
    assert isinstance(sig, Signature) and isinstance(tsig, Signature)
    given: list[Type] = []
    if x.expr is not None and x.expr in chk.partial_inst:
        sig, given = chk.partial_inst[x.expr]
    tparams = [tp for tp in sig.tparams if isinstance(tp, TypeParam)]
    tps = {id(tp) for tp in tparams}
    m: dict[int, Type] = {id(tp): a for tp, a in zip(tparams, given, strict=False)}
    plain = subst(Signature(sig.params, sig.results, sig.variadic), m)  # the generic type, given args applied
    assert isinstance(plain, Signature)
    pos = x.expr.pos if x.expr is not None else n.NOPOS
    if isinstance(x.expr, n.SelectorExpr) and x.expr.sel.pos.col > 1:
        pos = n.Pos(x.expr.sel.pos.line, x.expr.sel.pos.col - 1)  # gc: at the selector's dot
    if given and not call and isinstance(x.expr, n.IndexExpr) and x.expr.lbrack != n.NOPOS:
        pos = x.expr.lbrack
    ok = sig.variadic == tsig.variadic
    for xs, ys in ((sig.params, tsig.params), (sig.results, tsig.results)):
        if not ok or len(xs) != len(ys):
            ok = False
            break
        for a, b in zip(xs, ys, strict=True):
            unify(a.type, b.type, m, tps)
            if not identical(subst(a.type, m), b.type):
                ok = False
                break
    if ok:
        for tp in tparams:  # core types of the constraints
            bnd = tp.bound.underlying() if tp.bound is not None else None
            if isinstance(bnd, TermInterface) and bnd.terms and len(bnd.terms) == 1:
                tilde, core = bnd.terms[0]
                have = m.get(id(tp))
                if have is not None:
                    want = have.underlying() if tilde else have
                    unify(core, want, m, tps)
                    if not identical(subst(core, m), want) and not _free(subst(core, m), tps) and tp.bound is not None:
                        chk.error(pos, f"{tp.obj.name} (type {chk.tstr(have)}) does not satisfy {chk.tstr(tp.bound)}")
                        return False
                elif all(f in m for f in _free(core, tps)):
                    m[id(tp)] = subst(core, m)
    if not ok:
        prefix = f"in call to {call}, " if call else ""
        nothing = not any(id(tp) in m for tp in tparams)
        if call:
            gen = chk.tstr(x.type)
            xs_ = expr_string_of(x)
            msg = f"type {gen} of {xs_} does not match {chk.tstr(target)}"
            if nothing:
                msg += f" (cannot infer {type_params_string(tparams)})"
        elif nothing:
            msg = f"type {chk.tstr(target)} of {desc} does not match {chk.tstr(plain)} (cannot infer {type_params_string(tparams)})"
        else:
            inferred = subst(plain, m)
            if inferred is not plain:
                msg = f"inferred type {chk.tstr(inferred)} for {chk.tstr(plain)} does not match type {chk.tstr(target)} of {desc}"
            else:
                msg = f"type {chk.tstr(target)} of {desc} does not match {chk.tstr(plain)}"
        chk.error(pos, prefix + msg)
        return False
    for tp in tparams:
        if id(tp) not in m:
            prefix = f"in call to {call}, " if call else ""
            chk.error(pos, f"{prefix}cannot infer {tp.obj.name} (declared at {tp.obj.file}:{tp.obj.pos.line}:{tp.obj.pos.col})")
            return False
    targs = [m[id(tp)] for tp in tparams]
    inst = subst(sig, m)
    assert isinstance(inst, Signature)
    if inst is sig:
        inst = Signature(sig.params, sig.results, sig.variadic, sig.recv)
    inst.tparams = []
    x.type = inst
    if x.expr is not None:
        chk.record_type(x.expr, inst)
        record_instance(chk, x.expr, targs)
        e = x.expr
        chk.later(lambda: check_satisfies(chk, e, list(tparams), targs))
    return True


def expr_string_of(x: Operand) -> str:
    from pogo.compile.types.exprstring import expr_string

    return expr_string(x.expr) if x.expr is not None else "?"
