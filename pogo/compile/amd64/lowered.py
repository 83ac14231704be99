"""Code for the amd64 ops that lowering (lower.py, rules.py) produces.

``LEAQ [scale] {disp} x y``: x + y*scale + disp in one lea. ``HMULQ x y`` /
``HMULQU x y``: the high word of the signed / unsigned 128-bit product (one-operand imul /
mul leave it in RDX), the core of division by a constant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.amd64.asm import C, R, mem_index
from pogo.compile.ssa.core import Value

if TYPE_CHECKING:
    from pogo.compile.amd64.gen import CodeGen

OPS = frozenset({"LEAQ", "HMULQ", "HMULQU"})


def emit(g: CodeGen, v: Value) -> None:
    a = g.a
    if v.op == "LEAQ":
        assert isinstance(v.aux, int)
        d = g.dst(v)
        base = g.in_reg(v.args[0], R.RAX)
        idx = g.in_reg(v.args[1], R.R11)
        a.rm(C.LEA_R64_M, d, mem_index(base, idx, v.aux, v.aux2))
        g.put(v, d)
        return
    g.load(R.RAX, v.args[0])
    g.load(R.RCX, v.args[1])
    a.r(C.IMUL_RM64 if v.op == "HMULQ" else C.MUL_RM64, R.RCX)
    g.put(v, R.RDX)
