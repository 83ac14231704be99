"""Constant folding of integer operations whose arguments are constants."""

from __future__ import annotations

from collections.abc import Callable

from pogo.compile.ssa.core import Func

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
}


def constfold(f: Func) -> None:
    for b in f.blocks:
        for v in b.values:
            if v.op in _FOLD and len(v.args) == 2 and all(a.op == "Const" for a in v.args):
                x, y = v.args[0].aux, v.args[1].aux
                assert isinstance(x, int) and isinstance(y, int)
                v.aux = _s64(_FOLD[v.op](x, y))
                v.op = "Const"
                v.args = []
            elif v.op == "Ext" and v.args[0].op == "Const":
                c = v.args[0].aux
                assert isinstance(c, int) and isinstance(v.aux, tuple)
                size, signed = v.aux
                bits = size * 8
                c &= (1 << bits) - 1
                if signed and c >> (bits - 1):
                    c -= 1 << bits
                v.op, v.aux, v.args = "Const", c, []
