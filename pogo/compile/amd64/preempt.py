"""Cooperative preemption checks: where they go and the code they are.

A goroutine that never blocks (``for { x++ }``) must still give up the CPU now and then.
The runtime's monitor thread sets the word ``runtime.preemptFlag`` when the running
goroutine has had the CPU for a whole tick (~10 ms); compiled code tests it at the start
of every loop header (a block entered by a retreating edge of a depth-first walk: every
cycle of the CFG, reducible or not, contains one). Chains of calls without loops (a
recursive ``fib``) are caught by the stack-bound check in the prologue of every calling
function instead (stackcheck.py): sysmon also poisons the running g's stack bound, so
that check fails and ``runtime.newstack`` yields.

The check is ``cmp dword [rip+runtime.preemptFlag], 0; jne cold`` — one fused compare
and branch on a cache-hot word that is almost always zero. The cold path calls
``runtime.preemptSave``, which saves every register (so the check can sit where any
value is live in any register and the register allocator need not know about it),
calls ``runtime.preemptPark`` and returns. The runtime package itself gets no checks:
its code runs with scheduler state half-updated (allocator, collector, timers); an inliner
must not copy runtime bodies into other packages' functions for the same reason.

For the collector, a preempted frame is not stopped at an SSA call: its live values may be
in the registers that preemptSave's frame holds. That save area (preemptSave has no stack
map) is scanned conservatively; the interrupted frame's slots get a stack map of their own
per check (stackmap.py: the spilled pointer values live at the check).
"""

from __future__ import annotations

from pogo.compile.amd64.asm import Asm, C
from pogo.compile.ssa.core import Func

FLAG = "runtime.preemptFlag"
SAVE = "runtime.preemptSave"
CALL_OPS = ("Call", "CallInd", "CallClosure")


def wants_checks(pkgpath: str) -> bool:
    """Every package but the runtime's is preemptible."""
    return pkgpath != "runtime"


def loop_headers(f: Func) -> set[int]:
    """Ids of the blocks that are targets of retreating edges (depth-first, from entry)."""
    headers: set[int] = set()
    on_stack: set[int] = set()
    seen = {f.entry.id}
    on_stack.add(f.entry.id)
    stack = [(f.entry, 0)]
    while stack:
        b, i = stack[-1]
        if i == len(b.succs):
            stack.pop()
            on_stack.discard(b.id)
            continue
        stack[-1] = (b, i + 1)
        s = b.succs[i]
        if s.id in on_stack:
            headers.add(s.id)
        elif s.id not in seen:
            seen.add(s.id)
            on_stack.add(s.id)
            stack.append((s, 0))
    return headers


def emit_check(a: Asm, cold: int) -> None:
    """Test the flag; jump to the out-of-line label cold when it is set."""
    a.cmp0_sym(FLAG)
    a.jcc(C.JNE_REL32_64, cold)


def emit_cold(a: Asm, cold: int, resume: int, tag: int = 0) -> None:
    """The out-of-line part of one check: yield, then continue after the check (tag:
    the stack map of the frame while it is parked, see stackmap.py)."""
    a.bind(cold)
    a.mark(tag)
    a.call_sym(SAVE)
    a.jmp(resume)
