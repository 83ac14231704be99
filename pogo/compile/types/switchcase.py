"""Checks of switch and select clauses that types2 makes before (or besides) checking
their bodies: a second ``default``, duplicate constant cases in expression switches,
duplicate types in type switches, and the conversion of an untyped case value to the
tag's type with types2's messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.syntax import nodes as n
from pogo.compile.types import constant
from pogo.compile.types.base import Mode, Operand
from pogo.compile.types.types import (
    Basic,
    Chan,
    Interface,
    Kind,
    Map,
    Pointer,
    Signature,
    Slice,
    Type,
    identical,
    is_untyped,
)

if TYPE_CHECKING:
    from pogo.compile.types.check import Checker


def multiple_defaults(chk: Checker, clauses: list[n.CaseClause] | list[n.CommClause]) -> None:
    """Report every ``default`` after the first, pointing at the first."""
    first: n.Pos | None = None
    for c in clauses:
        is_default = c.exprs is None if isinstance(c, n.CaseClause) else c.comm is None
        if not is_default:
            continue
        if first is None:
            first = c.pos
        else:
            chk.error(c.pos, f"multiple defaults (first at {chk.filename}:{first.line}:{first.col})")


def convert_untyped_checked(chk: Checker, x: Operand, t: Type) -> bool:
    """Give an untyped operand (a case value, an index) the type t, reporting as types2's
    convertUntyped does when it cannot be; False (and x invalid) then."""
    if x.invalid() or not is_untyped(x.type) or getattr(t, "is_type_param", False):
        return True
    xt = x.type
    assert isinstance(xt, Basic)
    tu = t.underlying()
    is_nil = xt.kind == Kind.UNTYPED_NIL
    ok = True
    if isinstance(tu, Basic):
        if x.mode == Mode.CONSTANT and x.val is not None:
            if constant.representable(x.val, tu) is None:
                if xt.is_numeric() and tu.is_numeric():
                    what = "truncated to" if not xt.is_integer() and tu.is_integer() else "overflows"
                    chk.error(x.expr.pos if x.expr else n.NOPOS, f"{chk.desc(x)} {what} {chk.tstr(t)}")
                    x.mode = Mode.INVALID
                    return False
                ok = False
        else:
            ok = (xt.kind == Kind.UNTYPED_BOOL and tu.is_boolean()
                  or xt.is_numeric() and tu.is_numeric()
                  or xt.kind == Kind.UNTYPED_STRING and tu.is_string()
                  or is_nil and tu.kind == Kind.UNSAFE_POINTER)
    elif isinstance(tu, Interface):
        if is_nil:
            return True
        if tu.methods:
            ok = False
        else:
            chk.default(x)
            return True
    elif isinstance(tu, (Pointer, Signature, Slice, Map, Chan)):
        ok = is_nil
    else:
        ok = False
    if not ok:
        chk.error(x.expr.pos if x.expr else n.NOPOS, f"cannot convert {chk.desc(x)} to type {chk.tstr(t)}")
        x.mode = Mode.INVALID
        return False
    chk.convert_untyped(x, t)
    return True


def _key(v: constant.Value) -> object:
    return repr(v) if isinstance(v, constant.Complex) else (type(v) is bytes, v)


class SeenValues:
    """The constant case values of one expression switch so far, for duplicates."""

    def __init__(self) -> None:
        self.seen: dict[object, list[tuple[n.Pos, Type]]] = {}

    def check(self, chk: Checker, x: Operand) -> None:
        if x.mode != Mode.CONSTANT or x.val is None or x.expr is None:
            return
        if isinstance(x.val, (bool, constant.Complex)):
            return  # like gc, only integer, floating-point and string cases are checked
        entries = self.seen.setdefault(_key(x.val), [])
        for pos, t in entries:
            if identical(x.type, t):
                chk.error(x.expr.pos, f"duplicate case {chk.desc(x)} in expression switch\n"
                                      f"\t{chk.filename}:{pos.line}:{pos.col}: previous case")
                return
        entries.append((x.expr.pos, x.type))


class SeenTypes:
    """The types (None: nil) of one type switch's cases so far, for duplicates."""

    def __init__(self) -> None:
        self.seen: list[tuple[Type | None, n.Pos]] = []

    def duplicate(self, chk: Checker, e: n.Expr, t: Type | None) -> bool:
        for other, pos in self.seen:
            if t is None and other is None or t is not None and other is not None and identical(t, other):
                ts = "nil" if t is None else chk.tstr(t)
                chk.error(e.pos, f"duplicate case {ts} in type switch\n\t{chk.filename}:{pos.line}:{pos.col}: previous case")
                return True
        self.seen.append((t, e.pos))
        return False
