"""Exact constant arithmetic (spec: Constant expressions)."""

from fractions import Fraction

import pytest

from pogo.compile.types import constant
from pogo.compile.types import universe as u


def test_integer_division_truncates_toward_zero() -> None:
    assert constant.binary("/", -7, 2, True) == -3
    assert constant.binary("%", -7, 2, True) == -1
    assert constant.binary("%", 7, -2, True) == 1


def test_float_division_is_exact() -> None:
    assert constant.binary("/", 1, 3, False) == Fraction(1, 3)


def test_division_by_zero_raises() -> None:
    with pytest.raises(ZeroDivisionError):
        constant.binary("/", 1, 0, True)


def test_representable_ranges() -> None:
    assert constant.representable(127, u.INT8) == 127
    assert constant.representable(128, u.INT8) is None
    assert constant.representable(-1, u.UINT) is None
    assert constant.representable((1 << 64) - 1, u.UINT64) == (1 << 64) - 1
    assert constant.representable(Fraction(5, 2), u.INT) is None
    assert constant.representable(Fraction(4, 2), u.INT) == 2
    assert constant.representable(b"x", u.STRING) == b"x"
    assert constant.representable(True, u.INT) is None


def test_complement_of_unsigned_uses_its_width() -> None:
    assert constant.unary("^", 0, u.UINT8) == 255
    assert constant.unary("^", 0, u.INT) == -1


def test_wrap() -> None:
    assert constant.wrap(128, u.INT8) == -128
    assert constant.wrap(-1, u.UINT16) == 65535


def test_go_string() -> None:
    assert constant.go_string(True) == "true"
    assert constant.go_string(b'a"b') == '"a\\"b"'
    assert constant.go_string(Fraction(5, 1)) == "5"
