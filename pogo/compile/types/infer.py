"""Type inference for calls of generic functions (spec "Type inference"): unification of
parameter and argument types, then of type parameters with the core types of their
constraints, then default types for untyped constant arguments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.syntax import nodes as n
from pogo.compile.types import universe as u
from pogo.compile.types.base import Mode, Operand
from pogo.compile.types.generics import TermInterface, TypeParam, check_satisfies, subst
from pogo.compile.types.types import (
    INVALID,
    Array,
    Basic,
    Chan,
    Kind,
    Map,
    Named,
    Pointer,
    Signature,
    Slice,
    Struct,
    Type,
    is_untyped,
)

if TYPE_CHECKING:
    from pogo.compile.types.check import Checker


def unify(x: Type, y: Type, m: dict[int, Type], tps: set[int], depth: int = 0) -> bool:
    if depth > 50:
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
        return True
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


_UNTYPED_RANK = {Kind.UNTYPED_INT: 1, Kind.UNTYPED_RUNE: 2, Kind.UNTYPED_FLOAT: 3, Kind.UNTYPED_COMPLEX: 4}


def infer(chk: Checker, e: n.CallExpr, fname: str, sig: Signature, xs: list[Operand],
          given: list[Type] | None = None) -> Signature | None:
    """The signature of the call's instance, or None after reporting an error."""
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
    generic_args: list[tuple[Operand, Type]] = []
    for x, pt in zip(xs, ptypes, strict=False):
        if x.invalid() or is_untyped(x.type):
            continue
        if isinstance(x.type, Signature) and x.type.tparams:
            generic_args.append((x, pt))
            continue
        unify(pt, x.type, m, tps)
    # core types of constraints
    for _ in range(3):
        changed = False
        for tp in tparams:
            b = tp.bound.underlying() if tp.bound is not None else None
            if not isinstance(b, TermInterface):
                continue
            b.complete()
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
                if all(f in m for f in free):
                    m[id(tp)] = subst(core, m)
                    changed = True
        if not changed:
            break
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
    for tp in tparams:
        if id(tp) not in m:
            chk.error(e.lparen, f"in call to {fname}, cannot infer {tp.obj.name} (declared at "
                                f"{tp.obj.file}:{tp.obj.pos.line}:{tp.obj.pos.col})")
            return None
    targs = [m[id(tp)] for tp in tparams]
    if any(t is INVALID for t in targs):
        return None
    for x, pt in generic_args:
        instantiate_arg(chk, x, subst(pt, m))
    chk.later(lambda: check_satisfies(chk, e.fun, list(tparams), targs, e.lparen))
    record_instance(chk, e.fun, targs)
    inst = subst(sig, m)
    assert isinstance(inst, Signature)
    if inst is sig:
        inst = Signature(sig.params, sig.results, sig.variadic, sig.recv)
    inst.tparams = []
    return inst


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
        chk.partial_inst[e] = (sig, targs)
        return Operand(Mode.VALUE, e, sig)
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


def record_instance(chk: Checker, e: n.Expr, targs: list[Type]) -> None:
    """Remember the type arguments of the generic function that e (f, pkg.f, f[T],
    (f)) denotes, for the back end's stenciling."""
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
