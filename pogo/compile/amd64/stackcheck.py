"""Stack-bound checks: the prologue test that lets goroutine stacks start small and grow.

A goroutine's stack is a block [lo, hi) of the runtime's stack allocator; ``g.stackguard``
(at ``G_STACKGUARD`` in the g that R14 holds) is ``lo`` plus a reserve (runtime/stack.go,
``stackGuard``). Every function that calls anything, or whose frame is bigger than
``SMALL``, starts with::

    push rbp; mov rbp, rsp
  retry:
    cmp rsp, [r14+stackguard]          ; frames of at most SMALL bytes
    lea rax, [rsp-(F-SMALL)]; cmp rax, [r14+stackguard]   ; bigger frames
    jb cold
    sub rsp, F ...
  cold:                                ; out of line, at the end of the function
    <spill register arguments>         ; the seam for a register ABI, see below
    call runtime.morestack
    <reload register arguments>
    jmp retry

so after the prologue RSP >= stackguard - SMALL: the reserve below the bound holds leaf
frames (no calls, at most SMALL bytes: no check), the runtime's own code (package runtime
gets no checks, like gc's nosplit functions) and morestack. The check runs before the
frame is allocated: at the morestack call the frame is just the saved RBP, so that call
site has no stack map (tag 0; the collector scans the empty range [rbp, rbp)).
``runtime.morestack`` (an intrinsic) calls ``runtime.newstack``, which copies the stack
into one twice as big and adjusts every pointer into it, then resumes at ``retry`` on the
new stack; the check runs again (a frame bigger than the doubled stack grows it again).

The same check is the prologue preemption check: sysmon poisons the running g's
stackguard (``stackPreempt``, above any stack address), the next check fails and
newstack, seeing the poison, yields instead of growing. Loop headers keep the cheaper-to-
place flag check of preempt.py (a loop may run below the bound after its prologue).

Register arguments (the register calling convention, abi.py): the cold path spills each
register argument word to its caller-reserved spill slot and reloads it after morestack.
The slots lie in the caller's outgoing area, whose pointer words the caller's call-site
stack map marks (by the callee's signature), so the copy moves and adjusts them. RDX (the
closure context) is kept by morestack in the g, where newstack adjusts it.
"""

from __future__ import annotations

from pogo.compile.amd64.abi import reload_args, spill_args
from pogo.compile.amd64.asm import Asm, C, R, mem

MORESTACK = "runtime.morestack"
G_STACKGUARD = 56  # offset of g.stackguard (runtime/proc.go; runtime.stackinit checks it)
SMALL = 128  # frames up to this size compare RSP itself; runtime/stack.go stackSmall
SCRATCH = R.RAX  # holds RSP - (F - SMALL) for big frames; no argument lives in it yet


def needs_check(has_calls: bool, frame_size: int) -> bool:
    """Leaf functions with small frames run in the reserve below the bound unchecked."""
    return has_calls or frame_size > SMALL


def emit_check(a: Asm, frame_size: int, cold: int) -> None:
    """Jump to cold when the frame about to be allocated would end below the bound."""
    guard = mem(R.R14, G_STACKGUARD)
    if frame_size <= SMALL:
        a.rm(C.CMP_R64_RM64, R.RSP, guard)
    else:
        a.rm(C.LEA_R64_M, SCRATCH, mem(R.RSP, -(frame_size - SMALL)))
        a.rm(C.CMP_R64_RM64, SCRATCH, guard)
    a.jcc(C.JB_REL32_64, cold)


def emit_cold(a: Asm, cold: int, retry: int, nregs: int) -> None:
    """The out-of-line part: grow (or yield) and run the check again. The frame is not
    allocated yet (RSP = RBP), so this call site has no stack map (tag 0); the nregs
    register argument words wait in their spill slots at [rbp+16+8i], in the caller's
    frame, where the caller's call-site map describes them and the copy moves them."""
    a.bind(cold)
    a.mark(0)
    spill_args(a, nregs, R.RBP, 16)
    a.call_sym(MORESTACK)
    reload_args(a, nregs, R.RBP, 16)
    a.jmp(retry)
