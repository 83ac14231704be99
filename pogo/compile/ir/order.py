"""gc's evaluation order of operands around calls.

The spec fixes only the order of calls (and receives) within an expression; gc
evaluates every call first and reads plain operands afterwards, so in ``x + f()`` a
change f makes to x is seen. Where an operand list has a call-free operand before one
with a call, the call-carrying operands are evaluated into temporaries first (in
order) and looked up by FuncBuilder.expr when their turn comes.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from pogo.compile.ir import nodes as ir
from pogo.compile.syntax import nodes as n
from pogo.compile.types.base import Mode
from pogo.compile.types.objects import Builtin
from pogo.compile.types.types import Tuple

if TYPE_CHECKING:
    from pogo.compile.ir.build import FuncBuilder

# len and cap are not among them: gc reads them in order with the calls (len(ch), <-ch)
PURE_BUILTINS = frozenset({"real", "imag", "complex", "min", "max"})


def is_call(b: FuncBuilder, x: n.Node) -> bool:
    """Whether x itself is a function call (not a conversion or a pure built-in) or a
    receive."""
    if isinstance(x, n.UnaryExpr):
        return x.op == "<-"
    if not isinstance(x, n.CallExpr):
        return False
    ftv = b.info.types.get(x.fun)
    if ftv is not None and ftv.mode == Mode.TYPEXPR:
        return False
    fun = x.fun
    while isinstance(fun, n.ParenExpr):
        fun = fun.x
    obj = b.info.uses.get(fun) if isinstance(fun, n.Name) else None
    return not (isinstance(obj, Builtin) and obj.name in PURE_BUILTINS)


def outer_calls(b: FuncBuilder, e: object, out: list[n.Expr]) -> None:
    """The calls evaluated unconditionally by e, outermost only, in evaluation order."""
    if isinstance(e, list):
        for x in e:
            outer_calls(b, x, out)
        return
    if not isinstance(e, n.Node) or isinstance(e, n.FuncLit):
        return
    if isinstance(e, n.Expr):
        tv = b.info.types.get(e)
        if tv is not None and (tv.val is not None or tv.mode == Mode.TYPEXPR):
            return
        if is_call(b, e):
            # a receive is recorded as comma-ok capable; used as one value it is hoisted too
            if tv is not None and not isinstance(tv.type, Tuple) and (
                    tv.mode != Mode.COMMAOK or isinstance(e, n.UnaryExpr)):
                out.append(e)
            return
    if isinstance(e, n.BinaryExpr) and e.op in ("&&", "||"):
        outer_calls(b, e.x, out)  # the right operand is evaluated conditionally
        return
    if dataclasses.is_dataclass(e):
        for f in dataclasses.fields(e):
            outer_calls(b, getattr(e, f.name), out)


def hoist(b: FuncBuilder, es: list[n.Expr], pre: list[ir.Stmt], force: bool = False) -> None:
    """Evaluate the calls in operands es into temporaries (appended to pre), so that the
    plain operands are read after every call, as gc does. Nothing to do when every
    operand is itself a call (unless force)."""
    calls: list[n.Expr] = []
    outer_calls(b, list(es), calls)
    if not calls or not force and all(is_call(b, e) for e in es):
        return
    for c in calls:
        v = b.expr(c)
        b.hoisted[c] = b.temp(v.type, pre, v, "~ord")
        if isinstance(v, ir.Call):
            b.hoisted_calls[id(b.hoisted[c])] = v
