"""Invalid recursive types (spec "Type declarations": a struct or array type may not
contain itself) and initialization cycles (spec "Package initialization"), reported with
gc's texts and ``X refers to Y`` continuation lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.types.objects import Const, Object, TypeName, Var
from pogo.compile.types.types import INVALID, Array, Named, Struct, Type

if TYPE_CHECKING:
    from pogo.compile.types.check import Checker


def _contained(t: Type) -> list[Named]:
    """Named types that t contains directly (not through pointers, slices, ...)."""
    out: list[Named] = []
    stack: list[Type] = [t]
    while stack:
        x = stack.pop()
        if isinstance(x, Named):
            out.append(x)
        elif isinstance(x, Array):
            stack.append(x.elem)
        elif isinstance(x, Struct):
            stack.extend(f.type for f in reversed(x.fields))
        else:
            embeds = getattr(x, "embeds", None)  # an interface embeds its embedded types
            if isinstance(embeds, list):
                stack.extend(reversed(embeds))
    return out


def check_type_cycles(chk: Checker) -> None:
    local = [o for o in chk.order if isinstance(o, TypeName) and isinstance(o.type, Named) and o.type.obj is o]
    reported: set[int] = set()
    for obj in local:
        start = obj.type
        assert isinstance(start, Named)
        if id(start) in reported:
            continue
        report_type_cycle(chk, start, reported)


def report_type_cycle(chk: Checker, start: Named, reported: set[int] | None = None) -> bool:
    """Report the invalid recursive type through start, if any (its members become invalid)."""
    path = _find_cycle(start)
    if path is None:
        return False
    for nt in path:
        if reported is not None:
            reported.add(id(nt))
        nt.under = INVALID
    # start the report at the cycle member declared first
    objs = [nt.obj for nt in path]
    first = min(range(len(objs)), key=lambda i: (objs[i].file, objs[i].pos.line, objs[i].pos.col))
    objs = objs[first:] + objs[:first]
    o0 = objs[0]
    if len(objs) == 1:
        chk.diags.error(o0.file, o0.pos, f"invalid recursive type: {o0.name} refers to itself")
        return True
    lines = [f"invalid recursive type {o0.name}"]
    for i, o in enumerate(objs):
        nxt = objs[(i + 1) % len(objs)]
        lines.append(f"\t{o.file}:{o.pos.line}:{o.pos.col}: {o.name} refers to {nxt.name}")
    chk.diags.error(o0.file, o0.pos, "\n".join(lines))
    return True


def _find_cycle(start: Named) -> list[Named] | None:
    """A cycle of directly contained named types through start, or None."""
    path: list[Named] = []
    on_path: set[int] = set()
    done: set[int] = set()

    def visit(t: Named) -> list[Named] | None:
        if t.orig is not None:  # an instance: its generic type's declaration decides
            t = t.orig
        if id(t) in on_path:
            if t is start:
                return list(path)
            return None
        if id(t) in done or t.obj.pkg is not start.obj.pkg or t.under is None:
            return None
        on_path.add(id(t))
        path.append(t)
        for c in _contained(t.rhs if t.rhs is not None else t.under):
            r = visit(c)
            if r is not None:
                return r
        path.pop()
        on_path.discard(id(t))
        done.add(id(t))
        return None

    return visit(start)


def valid_decl_cycle(chk: Checker, cycle: list[Object]) -> bool:
    """types2's validCycle: a package-level object reached again while it is being declared.
    A cycle of constants and variables only is left to the initialization-order check, one of
    types (and functions) is fine when it has a type definition; any other is reported."""
    nval = sum(1 for o in cycle if isinstance(o, (Const, Var)))
    ndef = 0
    for o in cycle:
        if isinstance(o, TypeName):
            d = chk.decls.get(o)
            alias = bool(getattr(d.node, "alias", False)) if d is not None else not isinstance(o.type, Named)
            if not alias:
                ndef += 1
    if nval == len(cycle) or (nval == 0 and ndef > 0):
        return True
    start = min(range(len(cycle)), key=lambda i: (cycle[i].file, cycle[i].pos.line, cycle[i].pos.col))
    obj = cycle[start]
    is_type = isinstance(obj, TypeName)
    if len(cycle) == 1:
        what = "invalid recursive type:" if is_type else "invalid cycle in declaration:"
        chk.diags.error(obj.file, obj.pos, f"{what} {obj.name} refers to itself")
        return False
    lines = [f"invalid recursive type {obj.name}" if is_type else f"invalid cycle in declaration of {obj.name}"]
    for i in range(len(cycle)):
        nxt = cycle[(start + i + 1) % len(cycle)]
        lines.append(f"\t{obj.file}:{obj.pos.line}:{obj.pos.col}: {obj.name} refers to {nxt.name}")
        obj = nxt
    first = cycle[start]
    chk.diags.error(first.file, first.pos, "\n".join(lines))
    return False
