"""Exact constant arithmetic: arbitrary-precision integers and exact rationals.

A constant value is a Python ``bool``, ``int``, ``Fraction`` (floats, kept exact) or
``bytes`` (strings: Go strings are byte sequences). ``bool`` is tested before ``int``.
"""

from __future__ import annotations

import struct
from fractions import Fraction

from pogo.compile.types.types import Basic, Kind


class Complex:
    """An exact complex constant (real and imaginary parts as rationals)."""

    __slots__ = ("re", "im")

    def __init__(self, re: Fraction | int, im: Fraction | int) -> None:
        self.re = Fraction(re)
        self.im = Fraction(im)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Complex):
            return self.re == other.re and self.im == other.im
        if isinstance(other, (int, Fraction)) and not isinstance(other, bool):
            return self.im == 0 and self.re == other
        return False

    def __hash__(self) -> int:
        return hash((self.re, self.im))

    def __float__(self) -> float:
        if self.im != 0:
            raise TypeError("complex constant has an imaginary part")
        return float(self.re)

    def __neg__(self) -> Complex:
        return Complex(-self.re, -self.im)

    def __repr__(self) -> str:
        return f"Complex({self.re}, {self.im})"


Value = bool | int | Fraction | bytes | Complex


def _cx(v: Value) -> Complex:
    if isinstance(v, Complex):
        return v
    assert not isinstance(v, (bool, bytes))
    return Complex(v, 0)


def complex_binary(op: str, x: Value, y: Value) -> Value:
    a, b = _cx(x), _cx(y)
    if op == "+":
        return Complex(a.re + b.re, a.im + b.im)
    if op == "-":
        return Complex(a.re - b.re, a.im - b.im)
    if op == "*":
        return Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
    if op == "/":
        d = b.re * b.re + b.im * b.im
        if d == 0:
            raise ZeroDivisionError
        return Complex((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d)
    raise ValueError(op)

INT_RANGES: dict[Kind, tuple[int, int]] = {
    Kind.INT: (-(1 << 63), (1 << 63) - 1),
    Kind.INT8: (-(1 << 7), (1 << 7) - 1),
    Kind.INT16: (-(1 << 15), (1 << 15) - 1),
    Kind.INT32: (-(1 << 31), (1 << 31) - 1),
    Kind.INT64: (-(1 << 63), (1 << 63) - 1),
    Kind.UINT: (0, (1 << 64) - 1),
    Kind.UINT8: (0, (1 << 8) - 1),
    Kind.UINT16: (0, (1 << 16) - 1),
    Kind.UINT32: (0, (1 << 32) - 1),
    Kind.UINT64: (0, (1 << 64) - 1),
    Kind.UINTPTR: (0, (1 << 64) - 1),
}


def is_int(v: Value) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def to_int(v: Value) -> int | None:
    """The exact integer value of v, or None if v is not integral."""
    if isinstance(v, bool) or isinstance(v, bytes):
        return None
    if isinstance(v, Complex):
        return to_int(v.re) if v.im == 0 else None
    if isinstance(v, int):
        return v
    if v.denominator == 1:
        return v.numerator
    return None


_FLOAT_OF: dict[Kind, Basic] = {}


def representable(v: Value, t: Basic) -> Value | None:
    """v converted to be a value of t (floats rounded), or None if impossible."""
    k = t.kind
    if k in (Kind.BOOL, Kind.UNTYPED_BOOL):
        return v if isinstance(v, bool) else None
    if k in (Kind.STRING, Kind.UNTYPED_STRING):
        return v if isinstance(v, bytes) else None
    if isinstance(v, (bool, bytes)):
        return None
    if isinstance(v, Complex) and k not in (Kind.COMPLEX64, Kind.COMPLEX128, Kind.UNTYPED_COMPLEX):
        if v.im != 0:
            return None
        v = v.re
    if k in INT_RANGES:
        i = to_int(v)
        if i is None:
            return None
        lo, hi = INT_RANGES[k]
        return i if lo <= i <= hi else None
    if k in (Kind.UNTYPED_INT, Kind.UNTYPED_RUNE):
        return to_int(v)
    if k in (Kind.FLOAT32, Kind.FLOAT64, Kind.UNTYPED_FLOAT):
        assert not isinstance(v, Complex)
        f = Fraction(v)
        if k == Kind.FLOAT64:
            try:
                return Fraction(float(f))
            except OverflowError:
                return None
        if k == Kind.FLOAT32:
            try:
                return Fraction(round_float32(f))
            except OverflowError:
                return None
        return f
    if k in (Kind.COMPLEX64, Kind.COMPLEX128, Kind.UNTYPED_COMPLEX):
        c = _cx(v)
        re = representable(c.re, _FLOAT_OF[k])
        im = representable(c.im, _FLOAT_OF[k])
        if re is None or im is None:
            return None
        assert isinstance(re, (int, Fraction)) and isinstance(im, (int, Fraction))
        return Complex(re, im)
    return None


def _f32(x: float) -> float:
    return float(struct.unpack("<f", struct.pack("<f", x))[0])


def _step32(x: float, up: bool) -> float:
    """The float32 next to float32 value x, upwards or downwards."""
    if x == 0:
        return _f32(1.401298464324817e-45 if up else -1.401298464324817e-45)
    b = struct.unpack("<I", struct.pack("<f", x))[0]
    b += 1 if (x > 0) == up else -1
    return float(struct.unpack("<f", struct.pack("<I", b))[0])


_F32_MAX = float(Fraction(2) ** 128 - Fraction(2) ** 104)


def round_float32(f: Fraction) -> float:
    """f rounded once to the nearest float32 (ties to even), as a Python float.

    Going through float64 first can round twice: when the float64 lands exactly halfway
    between two float32s, the exact value decides. Raises OverflowError out of range.
    """
    d = float(f)
    try:
        x = _f32(d)
    except (struct.error, OverflowError) as e:
        # float64 may have rounded f up to the float32 overflow threshold (max + ulp/2);
        # below it, f itself rounds to the largest float32
        limit = Fraction(2) ** 128 - Fraction(2) ** 103
        if abs(f) < limit:
            return _F32_MAX if f > 0 else -_F32_MAX
        raise OverflowError(str(e)) from e
    fd = Fraction(d)
    if fd == f or x == d:
        return x
    lo, hi = (x, _step32(x, True)) if x < d else (_step32(x, False), x)
    if (Fraction(lo) + Fraction(hi)) / 2 == fd:
        return hi if f > fd else lo
    return x


def binary(op: str, x: Value, y: Value, integer: bool) -> Value:
    """x op y for constants of the same kind; ``integer`` selects truncating division.

    Raises ZeroDivisionError for division by zero (the caller reports it).
    """
    if isinstance(x, bool) and isinstance(y, bool):
        if op == "&&":
            return x and y
        if op == "||":
            return x or y
        raise ValueError(op)
    if isinstance(x, bytes) and isinstance(y, bytes):
        if op == "+":
            return x + y
        raise ValueError(op)
    assert not isinstance(x, (bool, bytes)) and not isinstance(y, (bool, bytes))
    if isinstance(x, Complex) or isinstance(y, Complex):
        return complex_binary(op, x, y)
    if integer:
        a, b = int(x), int(y)
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            if b == 0:
                raise ZeroDivisionError
            q = abs(a) // abs(b)
            return q if (a < 0) == (b < 0) else -q
        if op == "%":
            if b == 0:
                raise ZeroDivisionError
            r = abs(a) % abs(b)
            return r if a >= 0 else -r
        if op == "&":
            return a & b
        if op == "|":
            return a | b
        if op == "^":
            return a ^ b
        if op == "&^":
            return a & ~b
        raise ValueError(op)
    fx, fy = Fraction(x), Fraction(y)
    if op == "+":
        return fx + fy
    if op == "-":
        return fx - fy
    if op == "*":
        return fx * fy
    if op == "/":
        if fy == 0:
            raise ZeroDivisionError
        return fx / fy
    raise ValueError(op)


def shift(op: str, x: int, s: int) -> int:
    return x << s if op == "<<" else x >> s


def compare(op: str, x: Value, y: Value) -> bool:
    if op == "==":
        return x == y
    if op == "!=":
        return x != y
    assert not isinstance(x, bool) and not isinstance(y, bool)
    if isinstance(x, bytes) or isinstance(y, bytes):
        assert isinstance(x, bytes) and isinstance(y, bytes)
        bx, by = x, y
        if op == "<":
            return bx < by
        if op == "<=":
            return bx <= by
        if op == ">":
            return bx > by
        return bx >= by
    assert not isinstance(x, Complex) and not isinstance(y, Complex)
    fx, fy = Fraction(x), Fraction(y)
    if op == "<":
        return fx < fy
    if op == "<=":
        return fx <= fy
    if op == ">":
        return fx > fy
    return fx >= fy


def unary(op: str, x: Value, t: Basic) -> Value:
    if op == "!":
        assert isinstance(x, bool)
        return not x
    assert not isinstance(x, (bool, bytes))
    if op == "+":
        return x
    if op == "-":
        return -x
    if op == "^":
        assert not isinstance(x, Complex)
        i = int(x)
        if t.is_unsigned():
            bits = t.size * 8
            return i ^ ((1 << bits) - 1)
        return ~i
    raise ValueError(op)


def go_string(v: Value, is_float: bool = False) -> str:
    """How gc prints a constant in messages. A constant of float type is held by
    go/constant as a fraction or float even when integral, and printed as such
    (``1e+06``, ``1.79769e+308``); is_float asks for that."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, bytes):
        return '"' + v.decode("utf-8", "replace").replace("\\", "\\\\").replace('"', '\\"') + '"'
    if is_float and isinstance(v, (int, Fraction)):
        return _float_string(Fraction(v))
    if isinstance(v, int):
        return _int_string(v)
    if isinstance(v, Complex):
        return f"({go_string(v.re)} + {go_string(v.im)}i)"
    if v.denominator == 1:
        return _int_string(v.numerator)
    try:
        f = float(v)
    except OverflowError:
        return _approx(v)
    return repr(f) if f != 0 else _approx(v)


def _float_string(v: Fraction) -> str:
    """go/constant's text for a float value: %.6g when a float64 holds it, else an
    approximate mantissa and exponent."""
    try:
        f = float(v)
    except OverflowError:
        return _approx(v)
    if f in (float("inf"), float("-inf")) or (f == 0) != (v == 0):
        return _approx(v)
    s = f"{f:.6g}"
    if v.denominator != 1 and "." not in s:
        s = _shortest_g(f)
    return s


def _shortest_g(f: float) -> str:
    """Go's %g with the shortest digits: %e form when the exponent is < -4 or >= 6."""
    mant, _, exp_s = f"{f:e}".partition("e")  # only to learn the decimal exponent
    exp = int(exp_s)
    digits = repr(abs(f)).replace(".", "").replace("e", " ").split()[0].lstrip("0").rstrip("0") or "0"
    if exp < -4 or exp >= 6:
        m = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return f"{'-' if f < 0 else ''}{m}e{'+' if exp >= 0 else '-'}{abs(exp):02d}"
    return repr(f).removesuffix(".0")


def _int_string(i: int) -> str:
    if i.bit_length() < 4000:
        return str(i)
    return _approx(Fraction(i))


def _approx(v: Fraction) -> str:
    """A huge or tiny value as mantissa and decimal exponent (no float can hold it)."""
    import math

    if v == 0:
        return "0"
    sign = "-" if v < 0 else ""
    a = abs(v)
    e = int((a.numerator.bit_length() - a.denominator.bit_length()) * math.log10(2))
    m = a / (Fraction(10) ** e) if e >= 0 else a * (Fraction(10) ** -e)
    while m >= 10:
        m /= 10
        e += 1
    while m < 1:
        m *= 10
        e -= 1
    return f"{sign}{float(m):.6g}e{'+' if e >= 0 else '-'}{abs(e):02d}"


def wrap(v: int, t: Basic) -> int:
    """Two's-complement wrap of v to t's width (for run-time-like folding)."""
    bits = t.size * 8
    v &= (1 << bits) - 1
    if not t.is_unsigned() and v >> (bits - 1):
        v -= 1 << bits
    return v


def _init_float_of() -> None:
    from pogo.compile.types import universe as u

    _FLOAT_OF.update({Kind.COMPLEX64: u.FLOAT32, Kind.COMPLEX128: u.FLOAT64, Kind.UNTYPED_COMPLEX: u.UNTYPED_FLOAT})


_init_float_of()
