"""Constant folding of integer operations whose arguments are constants, and of
operations with a neutral constant operand (x+0, x*1, ...) into copies."""

from __future__ import annotations

from collections.abc import Callable

from pogo.compile.ssa.core import Func, Value

M64 = (1 << 64) - 1


def _s64(x: int) -> int:
    x &= M64
    return x - (1 << 64) if x >> 63 else x


_FOLD: dict[str, Callable[[int, int], int]] = {
    "Add": lambda a, b: a + b,
    "Sub": lambda a, b: a - b,
    "Mul": lambda a, b: a * b,
    "And": lambda a, b: a & b,
    "Or": lambda a, b: a | b,
    "Xor": lambda a, b: a ^ b,
    "AndNot": lambda a, b: a & ~b,
    "Eq": lambda a, b: int(a == b),
    "Ne": lambda a, b: int(a != b),
    "Lt": lambda a, b: int(a < b),
    "Le": lambda a, b: int(a <= b),
    "Gt": lambda a, b: int(a > b),
    "Ge": lambda a, b: int(a >= b),
    "LtU": lambda a, b: int(a & M64 < b & M64),
    "LeU": lambda a, b: int(a & M64 <= b & M64),
    "GtU": lambda a, b: int(a & M64 > b & M64),
    "GeU": lambda a, b: int(a & M64 >= b & M64),
}

# x op c == x for these (op, c)
_IDENTITY_RIGHT = {("Add", 0), ("Sub", 0), ("Or", 0), ("Xor", 0), ("Mul", 1), ("Shl", 0), ("Shr", 0),
                   ("ShrU", 0), ("AndNot", 0)}
_IDENTITY_LEFT = {("Add", 0), ("Or", 0), ("Xor", 0), ("Mul", 1)}


def _identity(v: Value) -> Value | None:
    """The argument v equals when one operand is a neutral constant."""
    if len(v.args) != 2:
        return None
    x, y = v.args
    if y.op == "Const" and (v.op, y.aux) in _IDENTITY_RIGHT:
        return x
    if x.op == "Const" and (v.op, x.aux) in _IDENTITY_LEFT:
        return y
    return None


def constfold(f: Func) -> None:
    for b in f.blocks:
        for v in b.values:
            if v.op in _FOLD and len(v.args) == 2 and all(a.op == "Const" for a in v.args):
                x, y = v.args[0].aux, v.args[1].aux
                assert isinstance(x, int) and isinstance(y, int)
                v.aux = _s64(_FOLD[v.op](x, y))
                v.op = "Const"
                v.args = []
            elif v.op in _FOLD or v.op in ("Shl", "Shr", "ShrU"):
                same = _identity(v)
                if same is not None:
                    # a copy; the next copyelim makes its users read the argument
                    v.pointer = v.pointer or same.pointer
                    v.op, v.aux, v.args = "Copy", None, [same]
            elif v.op == "Ext" and v.args[0].op == "Const":
                c = v.args[0].aux
                assert isinstance(c, int) and isinstance(v.aux, tuple)
                size, signed = v.aux
                bits = size * 8
                c &= (1 << bits) - 1
                if signed and c >> (bits - 1):
                    c -= 1 << bits
                v.op, v.aux, v.args = "Const", c, []
