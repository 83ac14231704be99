"""Complex numbers lowered to pairs of floats.

A complex64/complex128 value is two words in the SSA (real, imaginary), like a struct of
two floats, so the IR only needs ``Field`` to take a value apart and ``Make`` to build one.
Arithmetic follows gc: complex64 products are computed in float64 and rounded once,
division of either width goes through ``runtime.complex128div`` (Smith's algorithm with
C99's corrections for infinities and NaNs), equality compares both parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.ir import nodes as ir
from pogo.compile.types import universe as u
from pogo.compile.types.constant import Complex
from pogo.compile.types.types import Basic, Kind, Tuple, Type

if TYPE_CHECKING:
    from pogo.compile.ir.build import FuncBuilder


def is_complex(t: Type) -> bool:
    tu = t.underlying()
    return isinstance(tu, Basic) and tu.is_complex()


def part_type(t: Type) -> Basic:
    """The float type of either part of complex type t."""
    tu = t.underlying()
    assert isinstance(tu, Basic)
    return u.FLOAT32 if tu.kind == Kind.COMPLEX64 else u.FLOAT64


def parts(b: FuncBuilder, x: ir.Expr, pre: list[ir.Stmt]) -> tuple[ir.Expr, ir.Expr]:
    """The real and imaginary parts of x, evaluating x once (into pre)."""
    ft = part_type(x.type)
    if isinstance(x, ir.Const):
        v = x.value
        if isinstance(v, Complex):
            return ir.Const(ft, v.re), ir.Const(ft, v.im)
        assert not isinstance(v, (bool, bytes))
        return ir.Const(ft, v), ir.Const(ft, 0)
    ref = x if isinstance(x, ir.LocalRef) else b.temp(x.type, pre, x, "~c")
    return ir.Field(ft, ref, 0), ir.Field(ft, ref, 1)


def make(t: Type, re: ir.Expr, im: ir.Expr) -> ir.Expr:
    return ir.Make(t, [re, im])


def arith(b: FuncBuilder, op: str, t: Type, x: ir.Expr, y: ir.Expr) -> ir.Expr:
    """x op y for complex operands of type t (+ - * /)."""
    if op == "/":
        c128 = u.COMPLEX128
        q = ir.Call(c128, "runtime.complex128div", [convert(b, x, c128), convert(b, y, c128)])
        return convert(b, q, t)
    pre: list[ir.Stmt] = []
    a, bb = parts(b, x, pre)
    c, d = parts(b, y, pre)
    ft = part_type(t)
    if op in ("+", "-"):
        out = make(t, ir.Binary(ft, op, a, c, ft), ir.Binary(ft, op, bb, d, ft))
        return ir.Seq(t, pre, out) if pre else out
    assert op == "*", op
    wt = u.FLOAT64  # gc multiplies complex64 in float64 too, rounding only the result
    a, bb, c, d = (ir.Convert(wt, v) if ft is not wt else v for v in (a, bb, c, d))

    def mul(p: ir.Expr, q: ir.Expr) -> ir.Expr:
        return ir.Binary(wt, "*", p, q, wt)

    re: ir.Expr = ir.Binary(wt, "-", mul(a, c), mul(bb, d), wt)
    im: ir.Expr = ir.Binary(wt, "+", mul(a, d), mul(bb, c), wt)
    if ft is not wt:
        re, im = ir.Convert(ft, re), ir.Convert(ft, im)
    return ir.Seq(t, pre, make(t, re, im))


def negate(b: FuncBuilder, t: Type, x: ir.Expr) -> ir.Expr:
    pre: list[ir.Stmt] = []
    re, im = parts(b, x, pre)
    ft = part_type(t)
    return ir.Seq(t, pre, make(t, ir.Unary(ft, "-", re), ir.Unary(ft, "-", im)))


def compare(b: FuncBuilder, op: str, x: ir.Expr, y: ir.Expr) -> ir.Expr:
    """x == y or x != y: both parts compared as floats (so NaN parts are unequal)."""
    pre: list[ir.Stmt] = []
    a, bb = parts(b, x, pre)
    c, d = parts(b, y, pre)
    ft = part_type(x.type)
    join = "&&" if op == "==" else "||"
    res = ir.Binary(u.BOOL, join, ir.Binary(u.BOOL, op, a, c, ft), ir.Binary(u.BOOL, op, bb, d, ft), u.BOOL)
    return ir.Seq(u.BOOL, pre, res)


def convert(b: FuncBuilder, x: ir.Expr, t: Type) -> ir.Expr:
    """Conversion between complex types (each part converted as a float)."""
    if isinstance(x, ir.Const):
        return ir.Const(t, x.value)
    sf, tf = part_type(x.type), part_type(t)
    if sf is tf:
        return ir.Convert(t, x)
    pre: list[ir.Stmt] = []
    re, im = parts(b, x, pre)
    return ir.Seq(t, pre, make(t, ir.Convert(tf, re), ir.Convert(tf, im)))


def builtin(b: FuncBuilder, name: str, t: Type, args: list[ir.Expr]) -> ir.Expr:
    """complex(re, im), real(c), imag(c) on non-constant operands."""
    if name == "complex":
        ft = part_type(t)
        return make(t, b.convert(args[0], ft), b.convert(args[1], ft))
    pre: list[ir.Stmt] = []
    x = args[0]
    if not is_complex(x.type):  # an untyped constant argument defaulted to a float
        x = ir.Const(u.COMPLEX128, x.value) if isinstance(x, ir.Const) else x
    re, im = parts(b, x, pre)
    v = re if name == "real" else im
    v = b.convert(v, t)
    return ir.Seq(t, pre, v) if pre else v


def print_call(b: FuncBuilder, x: ir.Expr) -> ir.Expr:
    """println of a complex value: gc's "(re+imi)" with shortest digits per part."""
    pre: list[ir.Stmt] = []
    re, im = parts(b, x, pre)
    f64 = u.FLOAT64
    bits = 32 if part_type(x.type) is u.FLOAT32 else 64
    unit = Tuple([])
    call = ir.Call(unit, "runtime.printcomplex", [ir.Convert(f64, re), ir.Convert(f64, im), ir.Const(u.INT, bits)])
    return ir.Seq(unit, pre, call)
