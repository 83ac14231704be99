"""Addressing modes: fold address arithmetic into loads and stores.

``Load (Add p (Const c))`` becomes ``Load p`` with offset c (aux2), and an address
``p + i*size`` (the builder's ``Add p (Mul i (Const size))``) with size 1, 2, 4 or 8 equal to
the access width becomes ``LoadIdx p i`` / ``StoreIdx p i v``: one amd64 memory operand
``[p + i*size + c]`` instead of a multiply, an add and a register. The Add and Mul die
unless something else uses them.
"""

from __future__ import annotations

from pogo.compile.ssa.core import Func, Value


def _fits32(c: object) -> bool:
    return isinstance(c, int) and -(1 << 31) <= c < (1 << 31)


def _split(addr: Value, off: int) -> tuple[Value, int]:
    """Peel constant offsets off an address."""
    for _ in range(8):
        if addr.op != "Add":
            break
        x, y = addr.args
        if y.op == "Const" and _fits32(off + y.aux):  # type: ignore[operator]
            addr, off = x, off + y.aux  # type: ignore[operator]
        elif x.op == "Const" and _fits32(off + x.aux):  # type: ignore[operator]
            addr, off = y, off + x.aux  # type: ignore[operator]
        else:
            break
    return addr, off


def _index(addr: Value, width: int) -> tuple[Value, Value] | None:
    """(base, index) if addr is base + index*width."""
    if addr.op != "Add" or width not in (1, 2, 4, 8):
        return None
    for base, idx in (addr.args, addr.args[::-1]):
        if idx.op == "Mul":
            a, b = idx.args
            if b.op == "Const" and b.aux == width:
                return base, a
            if a.op == "Const" and a.aux == width:
                return base, b
    if width == 1:
        x, y = addr.args
        return (y, x) if y.pointer and not x.pointer else (x, y)
    return None


def addrmode(f: Func) -> None:
    for b in f.blocks:
        for v in b.values:
            if v.op in ("Load", "Store"):
                width = v.aux[0] if isinstance(v.aux, tuple) else v.aux
                assert isinstance(width, int)
                addr, off = _split(v.args[0], v.aux2)
                v.args[0] = addr
                v.aux2 = off
                bi = _index(addr, width)
                if bi is not None:
                    v.op += "Idx"
                    v.args = [bi[0], bi[1], *v.args[1:]]
