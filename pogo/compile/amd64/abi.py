"""pogo ABIInternal: the register calling convention of every Go function (and of the
machine-code intrinsics, which follow it too, so there is only one convention).

Argument word i (in the flattened word order of docs/ARCHITECTURE.md) travels in
``ARG_REGS[i]`` when i < len(ARG_REGS), otherwise on the stack at ``[rsp+8*i]`` of the
caller's outgoing area, exactly where the old stack convention put it. Result word j
comes back in ``ARG_REGS[j]`` when j < len(ARG_REGS), otherwise at ``[rsp+8*(nargs+j)]``.
Words are assigned one by one (a value may be split between registers and stack: both
sides only know word counts, so they always agree). Floats are words like any other and
travel in the same general registers, as their bit patterns.

The caller always reserves the whole area (``8*(nargs+nresults)`` bytes): the words of
register arguments are their *spill slots*. The callee stores a register argument there
when it needs it in memory (a value live across a call is used in place, as before), and a
stack check that calls ``runtime.morestack`` can save them all there (``spill_args``) and
reload them (``reload_args``). The caller's stack map marks the pointer words of the whole
area, so a collector or stack copier sees pointers saved there.

The registers are the allocator's own (regalloc.ALLOCATABLE): values can be computed
straight into the register of the call they feed, and a parameter can stay in the
register it arrived in. RAX, RCX, R11 and XMM0/1 stay the code generator's scratch
registers, RDX the closure context and R14 the current g. No register is callee-saved.
"""

from __future__ import annotations

from pogo.compile.amd64.asm import Asm, C, R, mem
from pogo.compile.ssa.core import Func, Value

ARG_REGS: tuple[int, ...] = (R.RBX, R.RSI, R.RDI, R.R8, R.R9, R.R10, R.R12, R.R13, R.R15)
NREGS = len(ARG_REGS)
CALLS = frozenset({"Call", "CallInd", "CallClosure"})


def call_args(v: Value) -> list[Value]:
    """The argument words of a call value (without the callee of an indirect call)."""
    return v.args if v.op == "Call" else v.args[1:]


def order_values(f: Func) -> None:
    """Put the incoming arguments first in the entry block and every call's results right
    after it: the code generator moves all of them at once from their registers (the
    prologue, the call), before any other code can reuse those registers."""
    args = [v for v in f.entry.values if v.op == "Arg"]
    if args:
        rest = [v for v in f.entry.values if v.op != "Arg"]
        f.entry.values = sorted(args, key=lambda v: v.aux if isinstance(v.aux, int) else 0) + rest
    for b in f.blocks:
        if not any(v.op == "Result" for v in b.values):
            continue
        results: dict[int, list[Value]] = {}
        for v in b.values:
            if v.op == "Result":
                results.setdefault(v.args[0].id, []).append(v)
        calls = {v.id for v in b.values if v.op in CALLS}
        assert all(c in calls for c in results), "a call's results are in its block"
        out: list[Value] = []
        for v in b.values:
            if v.op == "Result":
                continue
            out.append(v)
            if v.op in CALLS:
                out.extend(results.get(v.id, []))
        b.values = out


def spill_args(a: Asm, nwords: int, base: int = R.RSP, off: int = 8) -> None:
    """Store the register argument words of a function taking nwords argument words in
    their spill slots; at the function's first instruction (before ``push rbp``) the
    slots are at [rsp+8+8*i], after the prologue at [rbp+16+8*i]."""
    for i, reg in enumerate(ARG_REGS[:nwords]):
        a.mr(C.MOV_RM64_R64, mem(base, off + 8 * i), reg)


def reload_args(a: Asm, nwords: int, base: int = R.RSP, off: int = 8) -> None:
    """Load the register argument words back from their spill slots (see spill_args)."""
    for i, reg in enumerate(ARG_REGS[:nwords]):
        a.rm(C.MOV_R64_RM64, reg, mem(base, off + 8 * i))


__all__ = ["ARG_REGS", "NREGS", "call_args", "order_values", "reload_args", "spill_args"]
