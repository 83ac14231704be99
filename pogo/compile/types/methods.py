"""Method declarations: attaching each ``func (r T) m()`` to its receiver's named type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.syntax import nodes as n
from pogo.compile.types.objects import TypeName
from pogo.compile.types.types import INVALID, Basic, Interface, Named, Pointer, Struct

if TYPE_CHECKING:
    from pogo.compile.types.check import Checker


def recv_base_name(e: n.Expr) -> n.Name | None:
    while True:
        if isinstance(e, n.ParenExpr):
            e = e.x
        elif isinstance(e, n.StarExpr):
            e = e.x
        elif isinstance(e, n.IndexExpr):
            e = e.x
        else:
            break
    return e if isinstance(e, n.Name) else None


def associate_methods(chk: Checker) -> None:
    for fn, d, _fi in chk.method_decls:
        assert d.recv is not None
        base = recv_base_name(d.recv.type)
        if base is None:
            continue  # reported when the receiver type is checked
        obj = chk.pkg.scope.lookup(base.value)
        if obj is None:
            from pogo.compile.types import universe as u

            uobj = u.UNIVERSE.lookup(base.value)
            if isinstance(uobj, TypeName):
                chk.diags.error(fn.file, base.pos, f"cannot define new methods on non-local type {base.value}")
            continue
        if not isinstance(obj, TypeName):
            continue
        t = obj.type
        if not isinstance(t, Named):
            # an alias names the receiver's base type: the methods belong to its target
            chk.resolve_global(obj)
            t = obj.type
            if t is INVALID:
                continue
            if isinstance(t, Pointer) and isinstance(t.elem, Named) and not isinstance(
                    t.elem.underlying(), (Pointer, Interface)):
                t = t.elem  # type A = *T: a pointer receiver
            if isinstance(t, Basic) or isinstance(t, Named) and t.obj.pkg is not chk.pkg:
                chk.diags.error(fn.file, base.pos, f"cannot define new methods on non-local type {base.value}")
                continue
            if isinstance(t, Named) and isinstance(t.underlying(), (Pointer, Interface)):
                chk.diags.error(fn.file, base.pos, f"invalid receiver type {base.value} (pointer or interface type)")
                continue
            if not isinstance(t, Named):
                chk.diags.error(fn.file, base.pos, f"invalid receiver type {base.value}")
                continue
            if t.orig is not None:
                continue
        if fn.name == "_":
            continue
        old = next((m for m in t.methods if m.name == fn.name), None)
        if old is not None:
            chk.diags.error(fn.file, fn.pos, f"method {obj.name}.{fn.name} already declared at {old.file}:{old.pos.line}:{old.pos.col}")
            continue
        t.methods.append(fn)
        chk.later(lambda t=t, fn=fn, base=base: _field_clash(chk, t, fn, base.pos))  # type: ignore[misc]


def _field_clash(chk: Checker, t: Named, fn: object, rpos: n.Pos) -> None:
    from pogo.compile.types.objects import Func

    assert isinstance(fn, Func)
    u = t.underlying()
    if isinstance(u, Struct):
        for f in u.fields:
            if f.name == fn.name:
                chk.diags.error(fn.file, fn.pos, f"field and method with the same name {fn.name}\n\t{f.file}:{f.pos.line}:{f.pos.col}: other declaration of {fn.name}")
                return
    if isinstance(u, Pointer):
        chk.diags.error(fn.file, rpos, f"invalid receiver type {t.obj.name} (pointer or interface type)")
