"""The built-ins min and max on non-constant operands (constant calls are folded by the
checker): a fold over the arguments, evaluated left to right into temporaries.

Floats follow the spec: a NaN operand makes the result NaN, and min(-0.0, 0.0) is -0.0
(max: 0.0). The sign of a zero is read through 1/z, which is -Inf for -0.0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.ir import nodes as ir
from pogo.compile.syntax import nodes as n
from pogo.compile.types import universe as u
from pogo.compile.types.types import Basic, Type

if TYPE_CHECKING:
    from pogo.compile.ir.build import FuncBuilder

BOOL = u.BOOL


def _or(a: ir.Expr, b: ir.Expr) -> ir.Expr:
    return ir.Binary(BOOL, "||", a, b, BOOL)


def _and(a: ir.Expr, b: ir.Expr) -> ir.Expr:
    return ir.Binary(BOOL, "&&", a, b, BOOL)


def lower_minmax(fb: FuncBuilder, e: n.CallExpr, name: str, t: Type) -> ir.Expr:
    pre: list[ir.Stmt] = []
    acc = fb.temp(t, pre, fb.convert(fb.expr(e.args[0]), t), "~m")
    tu = t.underlying()
    is_float = isinstance(tu, Basic) and tu.is_float()
    op = "<" if name == "min" else ">"
    for a in e.args[1:]:
        y = fb.temp(t, pre, fb.convert(fb.expr(a), t), "~y")
        take = fb.compare(op, y, acc, t)
        if is_float:
            zero = ir.Const(t, 0)
            neg = y if name == "min" else acc  # the operand whose sign decides
            signed = ir.Binary(BOOL, "<", ir.Binary(t, "/", ir.Const(t, 1), neg, t), zero, t)
            both_zero = _and(ir.Binary(BOOL, "==", y, acc, t), ir.Binary(BOOL, "==", y, zero, t))
            take = _or(_or(take, ir.Binary(BOOL, "!=", y, y, t)), _and(both_zero, signed))
        pre.append(ir.If(take, [ir.Assign(acc, y)], []))
    return ir.Seq(t, pre, acc)
