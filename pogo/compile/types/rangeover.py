"""``for range`` over maps, channels and iterator functions (the other forms are in stmt.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.syntax import nodes as n
from pogo.compile.types import universe as u
from pogo.compile.types.base import Operand
from pogo.compile.types.generics import core_type
from pogo.compile.types.types import Basic, Chan, Map, Signature, Type

if TYPE_CHECKING:
    from pogo.compile.types.check import Checker


def range_types(chk: Checker, s: n.RangeStmt, x: Operand) -> tuple[Type, Type | None] | None:
    """Key and value types of ranging over x, or None after reporting an error."""
    t = core_type(x.type)
    if isinstance(t, Map):
        return t.key, t.elem
    if isinstance(t, Chan):
        if t.dir == 1:
            chk.error(s.x.pos, f"invalid operation: range {chk.desc(x).split(' (')[0]} receive from send-only channel {chk.tstr(x.type)}"
                      if False else f"cannot range over {chk.desc(x)}: receive from send-only channel")
            return None
        if s.value is not None:
            chk.error(s.value.pos, f"range over {chk.desc(x)} permits only one iteration variable")
        return t.elem, None
    if isinstance(t, Signature):
        if len(t.params) == 1 and not t.results:
            y = t.params[0].type.underlying()
            if isinstance(y, Signature) and len(y.results) == 1 and len(y.params) <= 2:
                r = y.results[0].type.underlying()
                if isinstance(r, Basic) and r.is_boolean():
                    ps = [p.type for p in y.params]
                    if len(ps) == 0:
                        if s.key is not None:
                            chk.error(s.key.pos, f"range over {chk.desc(x)} permits no iteration variables")
                        return u.INT, None
                    if len(ps) == 1:
                        if s.value is not None:
                            chk.error(s.value.pos, f"range over {chk.desc(x)} permits only one iteration variable")
                        return ps[0], None
                    return ps[0], ps[1]
    chk.error(s.x.pos, f"cannot range over {chk.desc(x)}")
    return None
