"""Machine code for body-less functions that Go writes in assembly (see ir/intrinsics.py).

All follow pogo ABIInternal (abi.py), like compiled Go code: argument word i arrives in
ARG_REGS[i] (RBX, RSI, RDI, R8, ...), result word j leaves in ARG_REGS[j]; none of them has
more than nine of either. Those that call Go functions pass arguments the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pogo.compile.amd64.abi import ARG_REGS
from pogo.compile.amd64.asm import Asm, C, Instr, R, mem, mem_index
from pogo.obj.objfile import Symbol, SymKind

RAX, RCX, RDX, RSP, RBP = R.RAX, R.RCX, R.RDX, R.RSP, R.RBP
RBX, RSI, RDI, R8, R9, R10, R11, R12 = R.RBX, R.RSI, R.RDI, R.R8, R.R9, R.R10, R.R11, R.R12


MAIN_STACK = (1 << 30) + 4096  # gc's 1 GB stack limit, plus a guard page


def _rt0(a: Asm) -> None:
    # Linux starts us with [rsp] = argc, [rsp+8...] = argv, NULL, envp, NULL, auxv.
    # The main goroutine runs on a 1 GB MAP_NORESERVE mapping (pages are used only when
    # touched) whose lowest page bootstrap makes a guard; if the mapping fails it stays
    # on the OS stack (third argument 0).
    a.rr(C.XOR_R32_RM32, R.EBP, R.EBP)  # outermost frame: rbp = 0 ends tracebacks
    a.rr(C.XOR_R32_RM32, R.R14D, R.R14D)  # no g until schedinit
    a.rm(C.MOV_R64_RM64, R.R12, mem(RSP))
    a.rm(C.LEA_R64_M, R.R13, mem(RSP, 8))
    a.rr(C.XOR_R32_RM32, R.R15D, R.R15D)
    a.mov_imm(RAX, 9)  # mmap(0, MAIN_STACK, RW, PRIVATE|ANON|NORESERVE|STACK, -1, 0)
    a.rr(C.XOR_R32_RM32, R.EDI, R.EDI)
    a.mov_imm(R.RSI, MAIN_STACK)
    a.mov_imm(RDX, 3)
    a.mov_imm(R.R10, 0x22 | 0x4000 | 0x20000)
    a.mov_imm(R.R8, -1)
    a.rr(C.XOR_R32_RM32, R.R9D, R.R9D)
    a.op(C.SYSCALL)
    keep = a.new_label()
    a.ri(C.CMP_RM64_IMM32, RAX, -4095)
    a.jcc(C.JAE_REL32_64, keep)
    a.rr(C.MOV_R64_RM64, R.R15, RAX)
    a.rm(C.LEA_R64_M, RSP, mem(RAX, MAIN_STACK))
    a.bind(keep)
    a.ri(C.AND_RM64_IMM8, RSP, -16)
    a.ri(C.SUB_RM64_IMM8, RSP, 32)  # bootstrap's argument spill slots
    a.rr(C.MOV_R64_RM64, RBX, R.R12)
    a.rr(C.MOV_R64_RM64, RSI, R.R13)
    a.rr(C.MOV_R64_RM64, RDI, R.R15)
    a.call_sym("runtime.bootstrap")
    a.op(C.UD2)


def _sigtramp(a: Asm) -> None:
    # SIGSEGV handler entry (C ABI, on the signal stack): rdi = signal, rsi = siginfo,
    # rdx = ucontext, passed on to runtime.sighandler, which does not return.
    a.ri(C.AND_RM64_IMM8, RSP, -16)
    a.ri(C.SUB_RM64_IMM8, RSP, 32)  # sighandler's argument spill slots
    a.rr(C.MOV_R64_RM64, RBX, RDI)
    a.rr(C.MOV_R64_RM64, RDI, RDX)  # RSI is already the second argument
    a.call_sym("runtime.sighandler")
    a.op(C.UD2)


def _syscall(a: Asm, nresults: int) -> None:
    # (trap, a1..a6) in RBX, RSI, RDI, R8, R9, R10, R12 -> the kernel's RAX, RDI, RSI,
    # RDX, R10, R8, R9; results (r1[, r2], errno) in RBX, RSI[, RDI]
    a.rr(C.MOV_R64_RM64, RAX, RBX)
    a.rr(C.MOV_R64_RM64, RDX, R8)
    a.rr(C.MOV_R64_RM64, R11, R10)
    a.rr(C.MOV_R64_RM64, R10, R9)
    a.rr(C.MOV_R64_RM64, R8, R11)
    a.rr(C.MOV_R64_RM64, R9, R12)
    a.rr(C.MOV_R64_RM64, RCX, RSI)
    a.rr(C.MOV_R64_RM64, RSI, RDI)
    a.rr(C.MOV_R64_RM64, RDI, RCX)
    a.op(C.SYSCALL)
    errno = ARG_REGS[nresults - 1]
    err = a.new_label()
    a.ri(C.CMP_RM64_IMM32, RAX, -4095)
    a.jcc(C.JAE_REL32_64, err)
    a.rr(C.MOV_R64_RM64, RBX, RAX)
    if nresults == 3:
        a.rr(C.MOV_R64_RM64, RSI, RDX)
    a.rr(C.XOR_R32_RM32, _low(errno), _low(errno))
    a.op(C.RETNQ)
    a.bind(err)
    a.r(C.NEG_RM64, RAX)
    a.rr(C.MOV_R64_RM64, errno, RAX)
    a.mov_imm(RBX, -1)
    if nresults == 3:
        a.rr(C.XOR_R32_RM32, R.ESI, R.ESI)
    a.op(C.RETNQ)


_LOW: dict[int, int] = {RBX: R.EBX, RSI: R.ESI, RDI: R.EDI}


def _low(reg: int) -> int:
    return _LOW[reg]


def _memmove(a: Asm) -> None:
    # memmove(dst, src, n): REP MOVSB (fast strings on current CPUs), copying backwards
    # (direction flag set, from the last byte) when dst overlaps the source from above.
    fwd = a.new_label()
    a.rr(C.MOV_R64_RM64, RCX, RDI)  # dst, src, n arrive in RBX, RSI, RDI
    a.rr(C.MOV_R64_RM64, RDI, RBX)
    a.rr(C.CMP_R64_RM64, R.RDI, R.RSI)
    a.jcc(C.JBE_REL32_64, fwd)
    a.rm(C.LEA_R64_M, RAX, mem_index(R.RSI, RCX, 1))
    a.rr(C.CMP_R64_RM64, R.RDI, RAX)
    a.jcc(C.JAE_REL32_64, fwd)
    a.rm(C.LEA_R64_M, R.RSI, mem_index(R.RSI, RCX, 1, -1))
    a.rm(C.LEA_R64_M, R.RDI, mem_index(R.RDI, RCX, 1, -1))
    a.op(C.STD)
    a.ins(Instr.create_rep_movsb(64))
    a.op(C.CLD)
    a.op(C.RETNQ)
    a.bind(fwd)
    a.ins(Instr.create_rep_movsb(64))
    a.op(C.RETNQ)


def _memclr(a: Asm) -> None:
    # memclr(p, n): REP STOSB with AL = 0.
    a.rr(C.MOV_R64_RM64, RDI, RBX)
    a.rr(C.MOV_R64_RM64, RCX, RSI)
    a.rr(C.XOR_R32_RM32, R.EAX, R.EAX)
    a.ins(Instr.create_rep_stosb(64))
    a.op(C.RETNQ)


def _store_imm(m: Any, value: int) -> Any:
    return Instr.create_mem_i32(C.MOV_RM64_IMM32, m, value)


def _do_init(a: Asm) -> None:
    # Walk runtime.inittasks (count, then that many function addresses), written by the
    # linker in initialisation order, calling each package's init function.
    a.r(C.PUSH_R64, RBP)
    a.rr(C.MOV_R64_RM64, RBP, RSP)
    a.ri(C.SUB_RM64_IMM8, RSP, 16)
    a.lea_sym(RAX, "runtime.inittasks")
    a.rm(C.MOV_R64_RM64, RCX, mem(RAX))
    a.mr(C.MOV_RM64_R64, mem(RBP, -16), RCX)
    a.ri(C.ADD_RM64_IMM8, RAX, 8)
    a.mr(C.MOV_RM64_R64, mem(RBP, -8), RAX)
    loop, done = a.new_label(), a.new_label()
    a.bind(loop)
    a.ins(_cmp_mem_imm(mem(RBP, -16), 0))
    a.jcc(C.JE_REL32_64, done)
    a.rm(C.MOV_R64_RM64, RAX, mem(RBP, -8))
    a.rm(C.MOV_R64_RM64, RAX, mem(RAX))
    a.r(C.CALL_RM64, RAX)
    a.ins(_add_mem_imm(mem(RBP, -8), 8))
    a.ins(_add_mem_imm(mem(RBP, -16), -1))
    a.jmp(loop)
    a.bind(done)
    a.op(C.LEAVEQ)
    a.op(C.RETNQ)


def _cmp_mem_imm(m: Any, v: int) -> Any:
    return Instr.create_mem_i32(C.CMP_RM64_IMM8, m, v)


def _add_mem_imm(m: Any, v: int) -> Any:
    return Instr.create_mem_i32(C.ADD_RM64_IMM8, m, v)


def _call_main(a: Asm) -> None:
    a.r(C.PUSH_R64, RBP)
    a.rr(C.MOV_R64_RM64, RBP, RSP)
    a.call_sym("main.main")
    a.op(C.LEAVEQ)
    a.op(C.RETNQ)


def _getfp(a: Asm) -> None:
    # no frame of its own: RBP is still the caller's
    a.rr(C.MOV_R64_RM64, RBX, RBP)
    a.op(C.RETNQ)


def _getg(a: Asm) -> None:
    # R14 holds the running g on every thread (never allocated, so it survives calls)
    a.rr(C.MOV_R64_RM64, RBX, R.R14)
    a.op(C.RETNQ)


def _setg(a: Asm) -> None:
    a.rr(C.MOV_R64_RM64, R.R14, RBX)
    a.op(C.RETNQ)


def _jumpto(a: Asm) -> None:
    # jumpto(pc, sp, fp): continue at pc (just after a call of runtime.deferproc) with
    # the deferring frame's RSP and RBP, and deferproc's result (its register) set to 1.
    a.rr(C.MOV_R64_RM64, RSP, RSI)
    a.rr(C.MOV_R64_RM64, RBP, RDI)
    a.rr(C.MOV_R64_RM64, RAX, RBX)
    a.mov_imm(RBX, 1)
    a.r(C.JMP_RM64, RAX)


def _copy_words(a: Asm, src: int, dst: int) -> None:
    """Copy RCX words from [src] to [dst] (both advanced; RAX clobbered)."""
    loop, done = a.new_label(), a.new_label()
    a.bind(loop)
    a.ri(C.CMP_RM64_IMM8, RCX, 0)
    a.jcc(C.JE_REL32_64, done)
    a.rm(C.MOV_R64_RM64, RAX, mem(src))
    a.mr(C.MOV_RM64_R64, mem(dst), RAX)
    a.ri(C.ADD_RM64_IMM8, src, 8)
    a.ri(C.ADD_RM64_IMM8, dst, 8)
    a.ri(C.SUB_RM64_IMM8, RCX, 1)
    a.jmp(loop)
    a.bind(done)


def _stores(a: Asm, count: int, base: int, load: bool) -> None:
    """Store the first min([count], 9) argument registers at [base + 8*j] (or load them
    from there); count is a register, base a register or an rbp-relative Mem."""
    done = a.new_label()
    for j, reg in enumerate(ARG_REGS):
        a.ri(C.CMP_RM64_IMM8, count, j)
        a.jcc(C.JLE_REL32_64, done)
        if load:
            a.rm(C.MOV_R64_RM64, reg, mem(base, 8 * j))
        else:
            a.mr(C.MOV_RM64_R64, mem(base, 8 * j), reg)
    a.bind(done)


def _call_frame(a: Asm) -> None:
    # reflect.callFrame(fn, frame unsafe.Pointer, nwords, nargs int): call the func
    # value fn with the nwords argument and result words at frame (the first nargs are
    # arguments) as its outgoing area, the register words loaded from there; then store
    # the register results after the arguments and copy the area back to frame. The
    # area has at least nine words, so all argument registers can be loaded.
    a.r(C.PUSH_R64, RBP)
    a.rr(C.MOV_R64_RM64, RBP, RSP)
    a.r(C.PUSH_R64, RBX)  # [rbp-8] fn
    a.r(C.PUSH_R64, RSI)  # [rbp-16] frame
    a.r(C.PUSH_R64, RDI)  # [rbp-24] nwords
    a.r(C.PUSH_R64, R8)  # [rbp-32] nargs
    big = a.new_label()
    a.rr(C.MOV_R64_RM64, RAX, RDI)
    a.ri(C.CMP_RM64_IMM8, RAX, len(ARG_REGS))
    a.jcc(C.JGE_REL32_64, big)
    a.mov_imm(RAX, len(ARG_REGS))
    a.bind(big)
    a.ri(C.SHL_RM64_IMM8, RAX, 3)
    a.rr(C.SUB_R64_RM64, RSP, RAX)
    a.ri(C.AND_RM64_IMM8, RSP, -16)
    a.rr(C.MOV_R64_RM64, RCX, RDI)
    a.rr(C.MOV_R64_RM64, RDI, RSP)
    _copy_words(a, RSI, RDI)
    a.rm(C.MOV_R64_RM64, RDX, mem(RBP, -8))
    for j, reg in enumerate(ARG_REGS):
        a.rm(C.MOV_R64_RM64, reg, mem(RSP, 8 * j))
    a.ins(Instr.create_mem(C.CALL_RM64, mem(RDX)))
    a.rm(C.MOV_R64_RM64, RAX, mem(RBP, -32))
    a.rm(C.LEA_R64_M, R11, mem_index(RSP, RAX, 8))
    a.rm(C.MOV_R64_RM64, RCX, mem(RBP, -24))
    a.rr(C.SUB_R64_RM64, RCX, RAX)
    _stores(a, RCX, R11, load=False)
    a.rr(C.MOV_R64_RM64, RSI, RSP)
    a.rm(C.MOV_R64_RM64, RDI, mem(RBP, -16))
    a.rm(C.MOV_R64_RM64, RCX, mem(RBP, -24))
    _copy_words(a, RSI, RDI)
    a.op(C.LEAVEQ)
    a.op(C.RETNQ)


def _make_func_stub(a: Asm) -> None:
    # The code of every closure reflect.MakeFunc makes: store the register arguments in
    # their spill slots, so that all argument words lie in the caller's outgoing area,
    # hand the closure (RDX) and the address of that area to reflect.callReflect, then
    # load the register results from where it wrote them. The closure (makeFuncImpl)
    # holds the argument and result word counts at offsets 24 and 32.
    a.r(C.PUSH_R64, RBP)
    a.rr(C.MOV_R64_RM64, RBP, RSP)
    a.ri(C.SUB_RM64_IMM8, RSP, 32)
    a.mr(C.MOV_RM64_R64, mem(RBP, -8), RDX)
    a.rm(C.MOV_R64_RM64, RCX, mem(RDX, 24))
    a.rm(C.LEA_R64_M, R11, mem(RBP, 16))
    _stores(a, RCX, R11, load=False)
    a.rr(C.MOV_R64_RM64, RBX, RDX)
    a.rm(C.LEA_R64_M, RSI, mem(RBP, 16))
    a.call_sym("reflect.callReflect")
    a.rm(C.MOV_R64_RM64, RDX, mem(RBP, -8))
    a.rm(C.MOV_R64_RM64, RAX, mem(RDX, 24))
    a.rm(C.LEA_R64_M, R11, mem_index(RBP, RAX, 8, 16))
    a.rm(C.MOV_R64_RM64, RCX, mem(RDX, 32))
    _stores(a, RCX, R11, load=True)
    a.op(C.LEAVEQ)
    a.op(C.RETNQ)


G_STACKCTXT = 64  # offset of g.stackctxt (runtime/proc.go; runtime.stackinit checks it)


def _morestack(a: Asm) -> None:
    # The cold path of a prologue stack check (compile/amd64/stackcheck.py) calls this
    # with the entered function's RBP pushed and nothing else of its frame allocated
    # (its RSP == RBP). runtime.newstack returns how far it moved the stack (0: not
    # moved, after a preemption or a lowered bound); the entered function then resumes
    # at its check, in the same place of the new copy, with RDX (its closure context,
    # kept and adjusted in g.stackctxt). The old stack is freed from the new one.
    a.r(C.PUSH_R64, RBP)
    a.rr(C.MOV_R64_RM64, RBP, RSP)
    a.ri(C.SUB_RM64_IMM8, RSP, 16)
    a.mr(C.MOV_RM64_R64, mem(R.R14, G_STACKCTXT), RDX)
    a.call_sym("runtime.newstack")
    a.rr(C.MOV_R64_RM64, RAX, R.RBX)  # its result (the register ABI's first word)
    a.rm(C.MOV_R64_RM64, RCX, mem(RBP, 8))
    a.rm(C.MOV_R64_RM64, RBP, mem(RBP))
    a.rr(C.ADD_R64_RM64, RBP, RAX)
    a.rr(C.MOV_R64_RM64, RSP, RBP)
    done = a.new_label()
    a.rr(C.TEST_RM64_R64, RAX, RAX)
    a.jcc(C.JE_REL32_64, done)
    a.ri(C.SUB_RM64_IMM8, RSP, 16)
    a.mr(C.MOV_RM64_R64, mem(RSP, 8), RCX)
    a.call_sym("runtime.stackfreeold")
    a.rm(C.MOV_R64_RM64, RCX, mem(RSP, 8))
    a.rr(C.MOV_R64_RM64, RSP, RBP)
    a.bind(done)
    a.rm(C.MOV_R64_RM64, RDX, mem(R.R14, G_STACKCTXT))
    a.r(C.JMP_RM64, RCX)


_SWAP_SAVED = (R.RBX, R.R12, R.R13, R.R15)  # gobuf words 3..6


def _swapctx(a: Asm) -> None:
    # swapctx(save, load *gobuf): record in save the state a return from this call would
    # have (sp just above the return address, the caller's rbp, pc = return address),
    # then resume load's state. gobuf is {sp, fp, pc, rbx, r12, r13, r15}. pogo's ABI
    # makes every other register caller-saved; RBX, R12, R13 and R15 are carried along
    # anyway so that a register allocator may make them callee-saved without breaking
    # goroutine switches. R14 (the running g) is left alone: the runtime sets it with
    # setg just before the switch, and gcRegs' self-swap must not change it.
    a.rr(C.MOV_R64_RM64, RAX, RBX)  # save
    a.rr(C.MOV_R64_RM64, R11, RSI)  # load
    a.rm(C.MOV_R64_RM64, RCX, mem(RSP))
    a.mr(C.MOV_RM64_R64, mem(RAX, 16), RCX)
    a.rm(C.LEA_R64_M, RCX, mem(RSP, 8))
    a.mr(C.MOV_RM64_R64, mem(RAX), RCX)
    a.mr(C.MOV_RM64_R64, mem(RAX, 8), RBP)
    for i, reg in enumerate(_SWAP_SAVED):
        a.mr(C.MOV_RM64_R64, mem(RAX, 24 + 8 * i), reg)
    a.rr(C.MOV_R64_RM64, RCX, R11)
    for i, reg in enumerate(_SWAP_SAVED):
        a.rm(C.MOV_R64_RM64, reg, mem(RCX, 24 + 8 * i))
    a.rm(C.MOV_R64_RM64, RSP, mem(RCX))
    a.rm(C.MOV_R64_RM64, RBP, mem(RCX, 8))
    a.ins(Instr.create_mem(C.JMP_RM64, mem(RCX, 16)))


_PREEMPT_GPRS = (RAX, RCX, RDX, R.RBX, R.RSI, R.RDI, R.R8, R.R9, R.R10, R.R11, R.R12, R.R13,
                 R.R14, R.R15)


def _preempt_save(a: Asm) -> None:
    # The cold path of a preemption check (compile/amd64/preempt.py): the check may sit
    # anywhere, so every general register and the low halves of XMM0-15 (pogo keeps
    # floats as 64-bit words) are saved in this frame around runtime.preemptPark. The
    # flags are not: the check's own CMP already changed them. The saved words stay on
    # the goroutine's stack while it is switched out, where the collector scans them.
    a.r(C.PUSH_R64, RBP)
    a.rr(C.MOV_R64_RM64, RBP, RSP)
    a.ri(C.SUB_RM64_IMM32, RSP, 256)
    for i, reg in enumerate(_PREEMPT_GPRS):
        a.mr(C.MOV_RM64_R64, mem(RSP, 8 * i), reg)
    for i in range(16):
        a.mr(C.MOVQ_RM64_XMM, mem(RSP, 128 + 8 * i), R.XMM0 + i)
    a.call_sym("runtime.preemptPark")
    for i in range(16):
        a.rm(C.MOVQ_XMM_RM64, R.XMM0 + i, mem(RSP, 128 + 8 * i))
    for i, reg in enumerate(_PREEMPT_GPRS):
        a.rm(C.MOV_R64_RM64, reg, mem(RSP, 8 * i))
    a.op(C.LEAVEQ)
    a.op(C.RETNQ)


def _clone(a: Asm) -> None:
    # clone(flags, stk, fn, gp uintptr) int: start an OS thread sharing the address space
    # that runs the function at code address fn on the stack whose (16-byte aligned)
    # top is stk with R14 = gp (its g0), then exits the thread. fn and gp travel in R9
    # and R12, which the kernel preserves and clone does not read. Returns the thread
    # id or -errno.
    a.rr(C.MOV_R64_RM64, R9, RDI)  # flags, stk, fn, gp arrive in RBX, RSI, RDI, R8
    a.rr(C.MOV_R64_RM64, R12, R8)
    a.rr(C.MOV_R64_RM64, RDI, RBX)
    a.rr(C.XOR_R32_RM32, R.EDX, R.EDX)
    a.rr(C.XOR_R32_RM32, R.R10D, R.R10D)
    a.rr(C.XOR_R32_RM32, R.R8D, R.R8D)
    a.mov_imm(RAX, 56)
    a.op(C.SYSCALL)
    parent = a.new_label()
    a.rr(C.TEST_RM64_R64, RAX, RAX)
    a.jcc(C.JNE_REL32_64, parent)
    a.rr(C.XOR_R32_RM32, R.EBP, R.EBP)  # the thread's outermost frame
    a.rr(C.MOV_R64_RM64, R.R14, R.R12)
    a.r(C.CALL_RM64, R.R9)
    a.mov_imm(RAX, 60)  # exit: this thread only
    a.rr(C.XOR_R32_RM32, R.EDI, R.EDI)
    a.op(C.SYSCALL)
    a.op(C.UD2)
    a.bind(parent)
    a.rr(C.MOV_R64_RM64, RBX, RAX)
    a.op(C.RETNQ)


def _cputicks(a: Asm) -> None:
    a.op(C.RDTSC)
    a.ri(C.SHL_RM64_IMM8, RDX, 32)
    a.rr(C.OR_R64_RM64, RAX, RDX)
    a.rr(C.MOV_R64_RM64, RBX, RAX)
    a.op(C.RETNQ)


def _locked(ins: Any) -> Any:
    ins.has_lock_prefix = True
    return ins


def _atomic_result(a: Asm, width: int, signed: bool, reg: int) -> None:
    """Return a width-byte result held in reg as a normalised word (in RBX)."""
    if width == 4:
        if signed:
            a.rr(C.MOVSXD_R64_RM32, reg, _r32(reg))
        else:
            a.rr(C.MOV_R32_RM32, _r32(reg), _r32(reg))
    a.rr(C.MOV_R64_RM64, RBX, reg)


def _r32(reg: int) -> int:
    low: dict[int, int] = {RAX: R.EAX, RCX: R.ECX, RDX: R.EDX}
    return low[reg]


def _atomic(op: str, width: int, signed: bool) -> Callable[[Asm], None]:
    """sync/atomic functions as LOCK-prefixed (or implicitly locked XCHG) instructions:
    sequentially consistent on amd64, ready for several threads."""

    def body(a: Asm) -> None:
        w = (lambda r: _r32(r)) if width == 4 else (lambda r: r)
        m = mem(RBX)  # addr; the operands follow in RSI, RDI
        if op == "Load":
            a.rm(C.MOV_R32_RM32 if width == 4 else C.MOV_R64_RM64, w(RAX), m)
            _atomic_result(a, width, signed, RAX)
        elif op == "Store":
            a.rr(C.MOV_R64_RM64, RAX, RSI)
            a.mr(C.XCHG_RM32_R32 if width == 4 else C.XCHG_RM64_R64, m, w(RAX))
        elif op == "Swap":
            a.rr(C.MOV_R64_RM64, RAX, RSI)
            a.mr(C.XCHG_RM32_R32 if width == 4 else C.XCHG_RM64_R64, m, w(RAX))
            _atomic_result(a, width, signed, RAX)
        elif op == "Add":
            a.rr(C.MOV_R64_RM64, RAX, RSI)
            a.rr(C.MOV_R64_RM64, RDX, RAX)
            a.ins(_locked(Instr.create_mem_reg(C.XADD_RM32_R32 if width == 4 else C.XADD_RM64_R64, m, w(RAX))))
            a.rr(C.ADD_R64_RM64, RAX, RDX)
            _atomic_result(a, width, signed, RAX)
        else:  # CompareAndSwap(addr, old, new) bool
            a.rr(C.MOV_R64_RM64, RAX, RSI)
            a.rr(C.MOV_R64_RM64, RDX, RDI)
            a.ins(_locked(Instr.create_mem_reg(C.CMPXCHG_RM32_R32 if width == 4 else C.CMPXCHG_RM64_R64, m, w(RDX))))
            a.r(C.SETE_RM8, R.AL)
            a.rr(C.MOVZX_R32_RM8, R.EBX, R.AL)
        a.op(C.RETNQ)

    return body


def _atomics() -> dict[str, Callable[[Asm], None]]:
    out: dict[str, Callable[[Asm], None]] = {}
    kinds = {"Int32": (4, True), "Int64": (8, True), "Uint32": (4, False), "Uint64": (8, False),
             "Uintptr": (8, False), "Pointer": (8, False)}
    for op in ("Add", "Load", "Store", "Swap", "CompareAndSwap"):
        for t, (width, signed) in kinds.items():
            if not (t == "Pointer" and op == "Add"):
                out[f"sync/atomic.{op}{t}"] = _atomic(op, width, signed)
    return out


def _sqrt(a: Asm) -> None:
    # floats travel as their bit patterns in general registers
    a.rr(C.MOVQ_XMM_RM64, R.XMM0, RBX)
    a.rr(C.SQRTSD_XMM_XMMM64, R.XMM0, R.XMM0)
    a.rr(C.MOVQ_RM64_XMM, RBX, R.XMM0)
    a.op(C.RETNQ)


def _fma(a: Asm) -> None:
    # archFMA(x, y, z) = x*y + z rounded once
    a.rr(C.MOVQ_XMM_RM64, R.XMM0, RDI)
    a.rr(C.MOVQ_XMM_RM64, R.XMM1, RBX)
    a.rr(C.MOVQ_XMM_RM64, R.XMM2, RSI)
    a.ins(Instr.create_reg_reg_reg(C.VEX_VFMADD231SD_XMM_XMM_XMMM64, R.XMM0, R.XMM1, R.XMM2))
    a.rr(C.MOVQ_RM64_XMM, RBX, R.XMM0)
    a.op(C.RETNQ)


def _has_fma(a: Asm) -> None:
    # CPUID.1:ECX must show FMA (12), OSXSAVE (27) and AVX (28), and XCR0 must have the
    # SSE and AVX state enabled (bits 1 and 2), as gc's internal/cpu decides useFMA.
    no = a.new_label()
    want = 1 << 12 | 1 << 27 | 1 << 28
    a.ri(C.MOV_RM32_IMM32, R.EAX, 1)
    a.rr(C.XOR_R32_RM32, R.ECX, R.ECX)
    a.op(C.CPUID)
    a.ri(C.AND_RM32_IMM32, R.ECX, want)
    a.ri(C.CMP_RM32_IMM32, R.ECX, want)
    a.jcc(C.JNE_REL32_64, no)
    a.rr(C.XOR_R32_RM32, R.ECX, R.ECX)
    a.op(C.XGETBV)
    a.ri(C.AND_RM32_IMM32, R.EAX, 6)
    a.ri(C.CMP_RM32_IMM32, R.EAX, 6)
    a.jcc(C.JNE_REL32_64, no)
    a.ri(C.MOV_RM32_IMM32, R.EBX, 1)
    a.op(C.RETNQ)
    a.bind(no)
    a.rr(C.XOR_R32_RM32, R.EBX, R.EBX)
    a.op(C.RETNQ)


def _mul64(a: Asm) -> None:
    # (x RBX, y RSI) -> (hi RBX, lo RSI)
    a.rr(C.MOV_R64_RM64, RAX, RBX)
    a.r(C.MUL_RM64, RSI)
    a.rr(C.MOV_R64_RM64, RBX, RDX)
    a.rr(C.MOV_R64_RM64, RSI, RAX)
    a.op(C.RETNQ)


def _bitscan(code: int, zero: int, plus: int) -> Callable[[Asm], None]:
    """BSR/BSF of RBX into RBX (plus added), zero when RBX is 0 (the scan's result is
    then undefined: a CMOVE picks the value instead)."""

    def body(a: Asm) -> None:
        a.rr(code, RAX, RBX)
        a.ri(C.MOV_R64_IMM64, RCX, zero - plus)
        a.rr(C.CMOVE_R64_RM64, RAX, RCX)
        a.rm(C.LEA_R64_M, RBX, mem(RAX, plus))
        a.op(C.RETNQ)

    return body


BODIES: dict[str, Callable[[Asm], None]] = {
    "math/bits.Mul64": _mul64,
    "math/bits.Len64": _bitscan(C.BSR_R64_RM64, 0, 1),
    "math/bits.TrailingZeros64": _bitscan(C.BSF_R64_RM64, 64, 0),
    **_atomics(),
    # the runtime's own atomics (it cannot import sync/atomic): same code
    "runtime.cas32": _atomic("CompareAndSwap", 4, False),
    "runtime.xchg32": _atomic("Swap", 4, False),
    "runtime.xadd32": _atomic("Add", 4, True),
    "runtime.load32": _atomic("Load", 4, False),
    "runtime.store32": _atomic("Store", 4, False),
    "runtime.xadd64": _atomic("Add", 8, True),
    "runtime.load64": _atomic("Load", 8, True),
    "runtime.casuintptr": _atomic("CompareAndSwap", 8, False),
    "runtime.xchguintptr": _atomic("Swap", 8, False),
    "runtime.loaduintptr": _atomic("Load", 8, False),
    "runtime.storeuintptr": _atomic("Store", 8, False),
    "runtime.memmove": _memmove,
    "runtime.memclr": _memclr,
    "runtime.swapctx": _swapctx,
    "runtime.cputicks": _cputicks,
    "runtime.preemptSave": _preempt_save,
    "runtime.morestack": _morestack,
    "runtime.clone": _clone,
    "reflect.callFrame": _call_frame,
    "reflect.makeFuncStub": _make_func_stub,
    "runtime.rt0": _rt0,
    "runtime.syscall6": lambda a: _syscall(a, 2),
    "syscall.rawSyscall6": lambda a: _syscall(a, 3),
    "runtime.doInit": _do_init,
    "runtime.callMain": _call_main,
    "runtime.getfp": _getfp,
    "runtime.getg": _getg,
    "runtime.setg": _setg,
    "runtime.jumpto": _jumpto,
    "math.Sqrt": _sqrt,
    "math.archFMA": _fma,
    "math.cpuHasFMA": _has_fma,
    "runtime.sigtramp": _sigtramp,
}


# Bodies called on hot paths (copies, clears, locks, getg in malloc) keep gc's 16-byte
# entry alignment; start-up, system-call, signal and stack-switch code does not need it.
ALIGNED = frozenset({"runtime.memmove", "runtime.memclr", "runtime.getg"} |
                    {name for name in BODIES if name.startswith(("runtime.cas", "runtime.xchg",
                                                                               "runtime.xadd", "runtime.load",
                                                                               "runtime.store"))})


def intrinsic_symbol(name: str) -> Symbol:
    a = Asm()
    BODIES[name](a)
    code, relocs, lines = a.assemble()
    return Symbol(name, SymKind.TEXT, code, align=16 if name in ALIGNED else 1, relocs=relocs)
