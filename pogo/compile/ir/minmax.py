"""The min and max built-ins on non-constant operands.

Integers and strings: a chain of comparisons over the evaluated arguments. Floats go
through runtime.fmin/fmax, which give gc's answers for NaN (any NaN operand wins) and
signed zeros (min prefers -0, max prefers +0).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.ir import nodes as ir
from pogo.compile.types import universe as u
from pogo.compile.types.types import Basic, Type

if TYPE_CHECKING:
    from pogo.compile.ir.build import FuncBuilder


def minmax(b: FuncBuilder, name: str, t: Type, args: list[ir.Expr]) -> ir.Expr:
    pre: list[ir.Stmt] = []
    vals = [b.convert(a, t) for a in args]
    vals = [v if isinstance(v, ir.Const) else b.temp(t, pre, v, "~mm") for v in vals]
    tu = t.underlying()
    res = b.temp(t, pre, vals[0], "~mmr")
    for v in vals[1:]:
        if isinstance(tu, Basic) and tu.is_float():
            f64 = u.FLOAT64
            fn = "runtime.fmin" if name == "min" else "runtime.fmax"
            call = ir.Call(f64, fn, [ir.Convert(f64, res), ir.Convert(f64, v)])
            pre.append(ir.Assign(res, ir.Convert(t, call)))
            continue
        better = b.compare("<" if name == "min" else ">", v, res, t)
        pre.append(ir.If(better, [ir.Assign(res, v)], []))
    return ir.Seq(t, pre, res)
