"""amd64 code generation from SSA.

Values live where the register allocator (`regalloc.py`) put them: an allocatable register,
or their own 8-byte frame slot (values live across calls, and any that did not fit).
RAX, RCX, RDX, R11 and XMM0/XMM1 are scratch registers inside one value's code. Constants
are rematerialised (as immediates where the instruction has a form for them). Phis are
resolved by parallel moves on the incoming edges. A comparison that only decides its
block's branch is fused into cmp+jcc. Blocks come in the order of layout.py (loops rotated,
blocks ending in a panic last); run-time checks jump to out-of-line panic calls.

Calls follow pogo ABIInternal (abi.py): argument and result words in registers, the rest
on the stack. The prologue moves every incoming argument from its register to the place
the allocator chose, each call moves its arguments into registers and its results out of
them, all as parallel moves (``shuffle``).

Frame (see docs/ARCHITECTURE.md, "Calling convention")::

    [rbp+16+8*i]     incoming argument words (spill slots of register words), then result
                     words (caller's outgoing area); an argument that is not given a
                     register is used in place (a register word is stored there first)
    [rbp+8]          return address
    [rbp]            caller's rbp (frame pointers are always kept)
    [rbp-8*(k+1)]    slot k: spilled SSA values (shared only by values whose live ranges
                     do not intersect and whose pointer-ness is equal), then address-taken
                     locals
    [rsp+8*i]        outgoing argument/result area for calls
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from pogo.compile.amd64 import abi, lowered, preempt, stackcheck, stackmap
from pogo.compile.amd64.abi import ARG_REGS, NREGS, reload_args, spill_args
from pogo.compile.amd64.asm import Asm, C, Instr, R, SymMem, mem, mem_index
from pogo.compile.amd64.frame import Frame, layout_frame
from pogo.compile.amd64.frame import describe as describe_frame
from pogo.compile.amd64.layout import layout as block_layout
from pogo.compile.amd64.regalloc import Allocation, allocate
from pogo.compile.amd64.reloads import drop_reloads
from pogo.compile.amd64.tailmerge import merge_tails
from pogo.compile.ssa.core import Block, BlockKind, Func, Value
from pogo.obj.objfile import Symbol, SymKind

if TYPE_CHECKING:
    from pogo.compile.ssa.html import HTMLWriter
RAX, RCX, RDX, RSP, RBP, R11 = R.RAX, R.RCX, R.RDX, R.RSP, R.RBP, R.R11

# the 32-, 16- and 8-bit parts of each general register the code generator writes
_SUB: dict[int, tuple[int, int, int]] = {
    getattr(R, r64): (getattr(R, r32), getattr(R, r16), getattr(R, r8))
    for r64, r32, r16, r8 in [
        ("RAX", "EAX", "AX", "AL"), ("RCX", "ECX", "CX", "CL"), ("RDX", "EDX", "DX", "DL"),
        ("RBX", "EBX", "BX", "BL"), ("RSI", "ESI", "SI", "SIL"), ("RDI", "EDI", "DI", "DIL"),
        ("R8", "R8D", "R8W", "R8L"), ("R9", "R9D", "R9W", "R9L"), ("R10", "R10D", "R10W", "R10L"),
        ("R11", "R11D", "R11W", "R11L"), ("R12", "R12D", "R12W", "R12L"),
        ("R13", "R13D", "R13W", "R13L"), ("R15", "R15D", "R15W", "R15L"),
    ]
}

_REG_NAME: dict[int, str] = {getattr(R, n): n for n in dir(R) if n.isupper() and isinstance(getattr(R, n), int)}

SETCC = {
    "Eq": C.SETE_RM8, "Ne": C.SETNE_RM8, "Lt": C.SETL_RM8, "Le": C.SETLE_RM8, "Gt": C.SETG_RM8,
    "Ge": C.SETGE_RM8, "LtU": C.SETB_RM8, "LeU": C.SETBE_RM8, "GtU": C.SETA_RM8, "GeU": C.SETAE_RM8,
}
JCC = {
    "Eq": C.JE_REL32_64, "Ne": C.JNE_REL32_64, "Lt": C.JL_REL32_64, "Le": C.JLE_REL32_64,
    "Gt": C.JG_REL32_64, "Ge": C.JGE_REL32_64, "LtU": C.JB_REL32_64, "LeU": C.JBE_REL32_64,
    "GtU": C.JA_REL32_64, "GeU": C.JAE_REL32_64,
}
NEGATE = {"Eq": "Ne", "Ne": "Eq", "Lt": "Ge", "Ge": "Lt", "Le": "Gt", "Gt": "Le",
          "LtU": "GeU", "GeU": "LtU", "LeU": "GtU", "GtU": "LeU"}
SWAP = {"Eq": "Eq", "Ne": "Ne", "Lt": "Gt", "Gt": "Lt", "Le": "Ge", "Ge": "Le",
        "LtU": "GtU", "GtU": "LtU", "LeU": "GeU", "GeU": "LeU"}
# fused float comparisons (after putting the larger side first): jump if true, if false
FJCC = {"GtF": (C.JA_REL32_64, C.JBE_REL32_64), "LtF": (C.JA_REL32_64, C.JBE_REL32_64),
        "GeF": (C.JAE_REL32_64, C.JB_REL32_64), "LeF": (C.JAE_REL32_64, C.JB_REL32_64)}
FBIN = {
    "AddF": (C.ADDSS_XMM_XMMM32, C.ADDSD_XMM_XMMM64), "SubF": (C.SUBSS_XMM_XMMM32, C.SUBSD_XMM_XMMM64),
    "MulF": (C.MULSS_XMM_XMMM32, C.MULSD_XMM_XMMM64), "DivF": (C.DIVSS_XMM_XMMM32, C.DIVSD_XMM_XMMM64),
}
FCMP = {"EqF", "NeF", "LtF", "LeF", "GtF", "GeF"}
# two-operand integer ops: (op r64, r/m64), (op r/m64, imm32)
BINOP = {
    "Add": (C.ADD_R64_RM64, C.ADD_RM64_IMM32), "Sub": (C.SUB_R64_RM64, C.SUB_RM64_IMM32),
    "And": (C.AND_R64_RM64, C.AND_RM64_IMM32), "Or": (C.OR_R64_RM64, C.OR_RM64_IMM32),
    "Xor": (C.XOR_R64_RM64, C.XOR_RM64_IMM32), "Mul": (C.IMUL_R64_RM64, 0),
}
# stores of a constant narrower than a word: mov r/m, imm of that width
_MOV_IMM = {4: C.MOV_RM32_IMM32, 2: C.MOV_RM16_IMM16, 1: C.MOV_RM8_IMM8}
COMMUTATIVE = {"Add", "Mul", "And", "Or", "Xor"}
CALLS = ("Call", "CallInd", "CallClosure")

Cond = int | tuple[str, int]  # a jcc, or ("any"/"ord", jcc) after a float (in)equality
# ("r", register) | ("x", XMM register) | ("m", rbp offset) | ("o", rsp offset: the outgoing
# area) | ("i", constant) | ("s", symbol: its address, an Addr value, is rematerialised at
# each use like a constant)
Src = tuple[str, Any]


def fits32(c: int) -> bool:
    return -(1 << 31) <= c < (1 << 31)


def _mem(s: Src) -> Any:
    """The memory operand of an "m" (rbp-relative) or "o" (rsp-relative) location."""
    return mem(RBP if s[0] == "m" else RSP, s[1])


# Run-time code that runs once or only on the way to a crash: report printing, tracebacks,
# panics, start-up and package initialisation. Its loops are never hot, so it is never
# padded for alignment.
_COLD_RUNTIME = ("runtime.print", "runtime.tb", "runtime.traceback", "runtime.show", "runtime.fatal",
                 "runtime.throw", "runtime.gopanic", "runtime.panic", "runtime.itoa", "runtime.gogetenv",
                 "runtime.atoiEnv", "runtime.bootstrap", "runtime.stackOverflow")


def cold(name: str) -> bool:
    """Whether a function is start-up or crash-report code (see _COLD_RUNTIME)."""
    pkg_init = name.endswith(".init") or ".init." in name or name.endswith("init") and name.startswith("runtime.")
    return pkg_init or name.startswith(_COLD_RUNTIME)


def code_align(name: str, order: list[Block]) -> int:
    """A function's entry alignment: 16 bytes (where gc aligns) only when it loops, so its
    hot loop's placement does not depend on its neighbours; straight-line code runs a
    bounded number of instructions per call, cold code (``cold``) rarely, and padding
    either only makes binaries larger."""
    if cold(name):
        return 1
    pos = {b.id: i for i, b in enumerate(order)}
    loops = any(pos.get(s.id, len(order)) <= i for i, b in enumerate(order) for s in b.succs)
    return 16 if loops else 1


class CodeGen:
    def __init__(self, f: Func, preemptible: bool = False, html: HTMLWriter | None = None) -> None:
        self.f = f
        self.html = html
        # blocks starting with a preemption check (see preempt.py), and the checks'
        # out-of-line parts: (label, resume label, line)
        self.checked: set[int] = preempt.loop_headers(f) if preemptible else set()
        # the prologue's stack-bound check (stackcheck.py), which also serves preemption
        self.stack_check = preemptible
        self.preempt_cold: list[tuple[int, int, int, int]] = []  # ... and its stack map tag
        self.a = Asm()
        self.reg: dict[int, int] = {}  # value id -> general register
        self.xreg: dict[int, int] = {}  # value id -> XMM register (float64 values)
        self.slot: dict[int, int] = {}  # value id -> rbp offset of its frame slot
        self.block_label: dict[int, int] = {}
        self.local_base: list[int] = []  # rbp offset of each address-taken local slot
        self.frame = 0
        self.order: list[Block] = []  # blocks in layout order
        self.fused: set[int] = set()  # comparisons emitted as part of their block's branch
        self.cold: list[tuple[int, str, int]] = []  # out-of-line panic calls: label, symbol, line
        self.cur_line = f.line
        self.maps = stackmap.StackMaps()
        self.frame_info = Frame()
        self.results: dict[int, list[Value]] = {}  # call id -> its Result values

    # ------------------------------------------------------------------
    # layout, fusion, frame

    def layout(self) -> list[Block]:
        return block_layout(self.f)

    def fuse(self) -> None:
        for b in self.f.blocks:
            if b.kind != BlockKind.IF or not b.values:
                continue
            c = b.controls[0]
            if c is b.values[-1] and c.uses == 1 and (c.op in JCC or c.op in FJCC or c.op in ("EqF", "NeF")):
                self.fused.add(c.id)

    def assign_slots(self, alloc: Allocation) -> None:
        self.reg = alloc.reg
        self.xreg = alloc.xreg
        fr = layout_frame(self.f, alloc.spilled, alloc.slot_owner)
        self.slot, self.local_base, self.frame = fr.slot, fr.local_base, fr.size
        self.frame_info = fr
        self.maps = stackmap.compute(self.f, fr, self.fused, self.checked)
        if self.html is not None:
            self.html.phase("regalloc", self.f, self.order, self.locations())
            self.html.text("frame", describe_frame(self.f, fr))

    def locations(self) -> dict[int, str]:
        """Where each value lives, by name (for ssa.html)."""
        out = {vid: _REG_NAME.get(r, str(r)) for vid, r in self.reg.items()}
        out.update((vid, _REG_NAME.get(r, str(r))) for vid, r in self.xreg.items())
        out.update((vid, f"[rbp{off:+d}]") for vid, off in self.slot.items())
        return out

    # ------------------------------------------------------------------
    # operands

    def src(self, v: Value) -> Src:
        if v.op == "Const":
            return ("i", v.aux)
        if v.op == "Addr":
            return ("s", v.aux)
        r = self.reg.get(v.id)
        if r is not None:
            return ("r", r)
        r = self.xreg.get(v.id)
        if r is not None:
            return ("x", r)
        return ("m", self.slot[v.id])

    def load(self, reg: int, v: Value) -> None:
        self.move(("r", reg), self.src(v))

    def in_reg(self, v: Value, scratch: int) -> int:
        """A register holding v: its own, or scratch loaded with it."""
        r = self.reg.get(v.id)
        if r is not None:
            return r
        self.load(scratch, v)
        return scratch

    def dst(self, v: Value, scratch: int = RAX) -> int:
        return self.reg.get(v.id, scratch)

    def put(self, v: Value, reg: int) -> None:
        """Store a result computed in reg into v's location (if it has one)."""
        d = self.reg.get(v.id)
        if d is not None:
            if d != reg:
                self.a.rr(C.MOV_R64_RM64, d, reg)
        elif v.id in self.xreg:
            self.a.rr(C.MOVQ_XMM_RM64, self.xreg[v.id], reg)
        elif v.id in self.slot:
            self.a.mr(C.MOV_RM64_R64, mem(RBP, self.slot[v.id]), reg)

    def move(self, d: Src, s: Src) -> None:
        if d == s:
            return
        a = self.a
        if d[0] == "r":
            if s[0] == "r":
                a.rr(C.MOV_R64_RM64, d[1], s[1])
            elif s[0] == "x":
                a.rr(C.MOVQ_RM64_XMM, d[1], s[1])
            elif s[0] in ("m", "o"):
                a.rm(C.MOV_R64_RM64, d[1], _mem(s))
            elif s[0] == "s":
                a.mov_sym(d[1], s[1])
            else:
                a.mov_imm(d[1], s[1])
            return
        if d[0] == "x":
            if s[0] == "x":
                a.rr(C.MOVAPS_XMM_XMMM128, d[1], s[1])
            elif s[0] == "r":
                a.rr(C.MOVQ_XMM_RM64, d[1], s[1])
            elif s[0] in ("m", "o"):
                a.rm(C.MOVQ_XMM_RM64, d[1], _mem(s))
            elif s[0] == "i" and s[1] == 0:
                a.rr(C.XORPS_XMM_XMMM128, d[1], d[1])
            else:
                self.move(("r", RAX), s)
                a.rr(C.MOVQ_XMM_RM64, d[1], RAX)
            return
        m = _mem(d)
        if s[0] == "r":
            a.mr(C.MOV_RM64_R64, m, s[1])
        elif s[0] == "x":
            a.mr(C.MOVQ_RM64_XMM, m, s[1])
        elif s[0] == "i" and fits32(s[1]):
            a.ins(Instr.create_mem_i32(C.MOV_RM64_IMM32, m, s[1]))
        elif s[0] == "s":
            a.store_sym(m, s[1])
        else:
            self.move(("r", RAX), s)
            a.mr(C.MOV_RM64_R64, m, RAX)

    def operand(self, code_rr: int, code_imm: int, reg: int, v: Value) -> None:
        """op reg, v: v from a register, its frame slot, or as an immediate."""
        k, x = self.src(v)
        if k == "r":
            self.a.rr(code_rr, reg, x)
        elif k == "m":
            self.a.rm(code_rr, reg, mem(RBP, x))
        elif k == "i" and code_imm and fits32(x):
            self.a.ri(code_imm, reg, x)
        elif k == "s" and code_imm == C.CMP_RM64_IMM32:
            self.a.cmp_sym(reg, x)
        else:
            self.load(RCX, v)
            self.a.rr(code_rr, reg, RCX)

    def set_line(self, line: int) -> None:
        self.cur_line = line
        self.a.line(line)

    def cold_call(self, jcc: int, sym: str) -> None:
        label = self.a.new_label()
        self.cold.append((label, sym, self.cur_line))
        self.a.jcc(jcc, label)

    # ------------------------------------------------------------------

    def gen(self) -> Symbol:
        f = self.f
        abi.order_values(f)
        for b in f.blocks:
            for v in b.values:
                if v.op == "Result":
                    self.results.setdefault(v.args[0].id, []).append(v)
        order = self.order = self.layout()
        if self.html is not None:
            self.html.phase("layout", f, order)
        self.fuse()
        self.assign_slots(allocate(f, order, self.fused))
        a = self.a
        for b in f.blocks:
            self.block_label[b.id] = a.new_label()
        a.line(f.line)
        a.r(C.PUSH_R64, RBP)
        a.rr(C.MOV_R64_RM64, RBP, RSP)
        stack_cold = stack_retry = 0
        if self.stack_check and stackcheck.needs_check(any(v.op in CALLS for b in f.blocks for v in b.values),
                                                      self.frame):
            stack_cold, stack_retry = a.new_label(), a.new_label()
            a.bind(stack_retry)
            stackcheck.emit_check(a, self.frame, stack_cold)
        if self.frame:
            a.ri(C.SUB_RM64_IMM32, RSP, self.frame)
        stackmap.zero_locals(a, f, self.frame_info)
        self.shuffle([(self.src(v), ("r", ARG_REGS[v.aux]) if v.aux < NREGS else ("m", 16 + 8 * v.aux))
                      for v in f.entry.values if v.op == "Arg" and isinstance(v.aux, int) and self.located(v)])
        for i, b in enumerate(order):
            a.bind(self.block_label[b.id])
            if b.id in self.checked:
                self.preempt_check(self.maps.checks.get(b.id, 0))
            nxt = order[i + 1] if i + 1 < len(order) else None
            self.block(b, nxt)
        # failed checks of one kind on one line (and inline position) share their call:
        # its return address gives the traceback the same line for every one of them
        cold: dict[tuple[str, int], list[int]] = {}
        for label, sym, line in self.cold:
            cold.setdefault((sym, line), []).append(label)
        for (sym, line), labels in cold.items():
            for label in labels:
                a.bind(label)
            a.line(line)
            a.mark(self.maps.cold)
            a.call_sym(sym)
        for label, resume, line, tag in self.preempt_cold:
            a.line(line)
            preempt.emit_cold(a, label, resume, tag)
        if stack_cold:
            a.line(f.line)
            stackcheck.emit_cold(a, stack_cold, stack_retry, min(f.nargs, NREGS))
        a.items = merge_tails(drop_reloads(a.items, frozenset(self.slot.values())), a.new_label)
        code, relocs, lines = a.assemble()
        file = os.path.abspath(f.file) if f.file else ""  # tracebacks show absolute paths, as gc's
        return Symbol(f.name, SymKind.TEXT, code, align=code_align(f.name, order), relocs=relocs, file=file, lines=lines,
                      args=f.nargs,
                      stackmap=stackmap.encode(self.maps, a.marks, len(code)))

    def preempt_check(self, tag: int) -> None:
        cold, resume = self.a.new_label(), self.a.new_label()
        preempt.emit_check(self.a, cold)
        self.a.bind(resume)
        self.preempt_cold.append((cold, resume, self.cur_line, tag))

    def target(self, b: Block) -> Block:
        """Where a jump to b may go instead: past empty blocks that only jump on (but
        not past a preemption check)."""
        seen = 0
        while (b.kind == BlockKind.PLAIN and not b.values and b is not self.f.entry
               and b.id not in self.checked
               and not self.has_phis(b.succs[0]) and seen < 100):
            b = b.succs[0]
            seen += 1
        return b

    def jump(self, to: Block, nxt: Block | None) -> None:
        t = self.target(to)
        if nxt is None or self.target(nxt) is not t:
            self.a.jmp(self.block_label[t.id])

    def block(self, b: Block, nxt: Block | None) -> None:
        a = self.a
        lines = self.f.value_lines
        for v in b.values:
            if v.op != "Phi" and v.id not in self.fused:
                line = lines.get(v.id, 0)
                if line and line != self.cur_line:
                    self.set_line(line)
                self.value(v)
        if b.kind == BlockKind.PLAIN:
            self.edge(b, b.succs[0])
            self.jump(b.succs[0], nxt)
        elif b.kind == BlockKind.IF:
            yes, no = b.succs
            jt, jf = self.condition(b.controls[0])
            yp, np_ = bool(self.edge_moves(b, yes)), bool(self.edge_moves(b, no))
            if not yp and not np_:
                ty, tn = self.target(yes), self.target(no)
                if nxt is not None and self.target(nxt) is ty:
                    self.branch(jf, self.block_label[tn.id])
                else:
                    self.branch(jt, self.block_label[ty.id])
                    self.jump(no, nxt)
            elif not yp:
                self.branch(jt, self.block_label[self.target(yes).id])
                self.edge(b, no)
                self.jump(no, nxt)
            elif not np_:
                self.branch(jf, self.block_label[self.target(no).id])
                self.edge(b, yes)
                self.jump(yes, nxt)
            else:
                other = a.new_label()
                self.branch(jf, other)
                self.edge(b, yes)
                a.jmp(self.block_label[yes.id])
                a.bind(other)
                self.edge(b, no)
                self.jump(no, nxt)
        elif b.kind == BlockKind.RET:
            base = 16 + 8 * self.f.nargs
            self.shuffle([(("r", ARG_REGS[i]) if i < NREGS else ("m", base + 8 * i), self.src(c))
                          for i, c in enumerate(b.controls)])
            a.op(C.LEAVEQ)
            a.op(C.RETNQ)
        elif b.kind == BlockKind.EXIT:
            a.op(C.UD2)

    def branch(self, cond: Cond, label: int) -> None:
        a = self.a
        if isinstance(cond, int):
            a.jcc(cond, label)
        elif cond[0] == "any":  # also taken when the float comparison was unordered
            a.jcc(C.JP_REL32_64, label)
            a.jcc(cond[1], label)
        else:  # never taken when unordered
            skip = a.new_label()
            a.jcc(C.JP_REL32_64, skip)
            a.jcc(cond[1], label)
            a.bind(skip)

    def condition(self, c: Value) -> tuple[Cond, Cond]:
        """Set the flags for branching on c; the jumps taken if it is true and if false."""
        a = self.a
        if c.id in self.fused:
            if c.op in ("EqF", "NeF"):
                xr = self.freg(c.args[0], R.XMM0)
                self.fop(C.UCOMISS_XMM_XMMM32 if c.aux == 4 else C.UCOMISD_XMM_XMMM64, c.args[1], xr)
                eq: Cond = ("ord", C.JE_REL32_64)
                ne: Cond = ("any", C.JNE_REL32_64)
                return (eq, ne) if c.op == "EqF" else (ne, eq)
            if c.op in FJCC:
                x, y = c.args
                if c.op in ("LtF", "LeF"):
                    x, y = y, x
                xr = self.freg(x, R.XMM0)
                self.fop(C.UCOMISS_XMM_XMMM32 if c.aux == 4 else C.UCOMISD_XMM_XMMM64, y, xr)
                return FJCC[c.op]
            op = self.compare(c)
            return JCC[op], JCC[NEGATE[op]]
        r = self.in_reg(c, RAX)
        a.rr(C.TEST_RM64_R64, r, r)
        return C.JNE_REL32_64, C.JE_REL32_64

    def compare(self, v: Value) -> str:
        """cmp for an integer comparison; returns its op after any swap of the operands."""
        x, y = v.args
        op = v.op
        if x.op in ("Const", "Addr") and y.op not in ("Const", "Addr"):
            x, y, op = y, x, SWAP[op]
        r = self.in_reg(x, RAX)
        k, c = self.src(y)
        if k == "i" and c == 0:
            # test sets ZF and SF as cmp with 0 does, and clears OF and CF as it does
            self.a.rr(C.TEST_RM64_R64, r, r)
        else:
            self.operand(C.CMP_R64_RM64, C.CMP_RM64_IMM32, r, y)
        return op

    def has_phis(self, b: Block) -> bool:
        return any(v.op == "Phi" for v in b.values)

    def edge_moves(self, pred: Block, succ: Block) -> list[tuple[Src, Src]]:
        """The (destination, source) moves of the phi arguments along pred -> succ."""
        k = next((i for i, p in enumerate(succ.preds) if p is pred), -1)
        if k < 0:
            return []
        pending: list[tuple[Src, Src]] = []
        for v in succ.values:
            if v.op == "Phi" and (v.id in self.reg or v.id in self.xreg or v.id in self.slot):
                d, s = self.src(v), self.src(v.args[k])
                if d != s:
                    pending.append((d, s))
        return pending

    def located(self, v: Value) -> bool:
        return v.id in self.reg or v.id in self.xreg or v.id in self.slot

    def shuffle(self, moves: list[tuple[Src, Src]]) -> None:
        """Perform the (destination, source) moves of a call, a return or the prologue as
        one parallel move. Memory destinations are never read by the others, so they go
        first (RAX may carry memory-to-memory moves); then the registers, with cycles
        broken through RAX."""
        pending = [(d, s) for d, s in moves if d != s]
        for d, s in pending:
            if d[0] in ("m", "o"):
                self.move(d, s)
        pending = [(d, s) for d, s in pending if d[0] not in ("m", "o")]
        self.sequence(pending, RAX, ("r", "x"))

    def edge(self, pred: Block, succ: Block) -> None:
        """Move the phi arguments flowing along pred -> succ into the phis' locations,
        as one parallel move (cycles are broken through R11)."""
        self.sequence(self.edge_moves(pred, succ), R11, ("r", "x", "m", "o", "s"))

    def sequence(self, pending: list[tuple[Src, Src]], scratch: int, read_kinds: tuple[str, ...]) -> None:
        """Emit a parallel move one move at a time: a move whose destination no pending
        move still reads (sources of read_kinds) goes first; a cycle is broken by saving
        one destination in scratch."""
        while pending:
            reads = {s for _, s in pending if s[0] in read_kinds}
            for i, (d, s) in enumerate(pending):
                if d not in reads:
                    self.move(d, s)
                    pending.pop(i)
                    break
            else:
                d = pending[0][0]
                self.move(("r", scratch), d)
                pending = [(d2, ("r", scratch) if s2 == d else s2) for d2, s2 in pending]

    # ------------------------------------------------------------------

    def value(self, v: Value) -> None:
        a = self.a
        op = v.op
        if op == "Const":
            return
        if op in ("Arg", "Result"):
            return  # moved from their registers by the prologue / the call (shuffle)
        if op == "Addr":
            return  # rematerialised where it is used (see src)
        elif op == "LocalAddr":
            assert isinstance(v.aux, int)
            d = self.dst(v)
            a.rm(C.LEA_R64_M, d, mem(RBP, self.local_base[v.aux]))
            self.put(v, d)
        elif op == "Copy":
            d = self.dst(v)
            self.load(d, v.args[0])
            self.put(v, d)
        elif op in BINOP:
            self.binop(v)
        elif op == "AndNot":
            d = self.dst(v)
            self.load(RCX, v.args[1])
            a.r(C.NOT_RM64, RCX)
            self.load(d, v.args[0])
            a.rr(C.AND_R64_RM64, d, RCX)
            self.put(v, d)
        elif op in ("Div", "Mod", "DivU", "ModU"):
            self.divide(v)
        elif op in SETCC:
            d = self.dst(v)
            cop = self.compare(v)
            a.r(SETCC[cop], R.AL)
            a.rr(C.MOVZX_R32_RM8, _SUB[d][0], R.AL)
            self.put(v, d)
        elif op in ("Neg", "Com", "Not"):
            d = self.dst(v)
            self.load(d, v.args[0])
            if op == "Neg":
                a.r(C.NEG_RM64, d)
            elif op == "Com":
                a.r(C.NOT_RM64, d)
            else:
                a.ri(C.XOR_RM64_IMM8, d, 1)
            self.put(v, d)
        elif op in ("Shl", "Shr", "ShrU"):
            self.shift(v)
        elif op == "CheckShift":
            r = self.in_reg(v.args[0], RAX)
            a.rr(C.TEST_RM64_R64, r, r)
            self.cold_call(C.JS_REL32_64, "runtime.panicshift")
        elif op in FBIN:
            d = self.xreg.get(v.id, R.XMM0)
            self.fload(d, v.args[0])
            self.fop(FBIN[op][0 if v.aux == 4 else 1], v.args[1], d)
            self.fstore(v, d, v.aux == 4)
        elif op in FCMP:
            self.float_compare(v)
        elif op in ("CvtIF", "CvtUF", "CvtFI", "CvtFU", "CvtFF"):
            self.float_convert(v)
        elif op == "NilCheck":
            r = self.in_reg(v.args[0], RAX)
            a.rr(C.TEST_RM64_R64, r, r)
            self.cold_call(C.JE_REL32_64, "runtime.panicmem")
        elif op == "Ext":
            assert isinstance(v.aux, tuple)
            size, signed = v.aux
            d = self.dst(v)
            self.load(d, v.args[0])
            self.extend(d, size, signed)
            self.put(v, d)
        elif op in ("Load", "LoadIdx"):
            self.load_mem(v)
        elif op in ("Store", "StoreIdx"):
            self.store_mem(v)
        elif op in CALLS:
            self.call(v)
        elif op == "Context":
            self.put(v, RDX)
        elif op in lowered.OPS:
            lowered.emit(self, v)
        else:
            raise NotImplementedError(f"amd64: no code for SSA op {op}")

    def binop(self, v: Value) -> None:
        a = self.a
        x, y = v.args
        if v.op in COMMUTATIVE and x.op == "Const" and y.op != "Const":
            x, y = y, x
        d = self.dst(v)
        rr, imm = BINOP[v.op]
        if y.op == "Const":
            c = y.aux
            assert isinstance(c, int)
            xr = self.reg.get(x.id)
            if v.op in ("Add", "Sub") and xr is not None and fits32(c if v.op == "Add" else -c):
                a.rm(C.LEA_R64_M, d, mem(xr, c if v.op == "Add" else -c))
                self.put(v, d)
                return
            if v.op == "Mul" and c > 0 and c & (c - 1) == 0:
                self.load(d, x)
                a.ri(C.SHL_RM64_IMM8, d, c.bit_length() - 1)
                self.put(v, d)
                return
            if v.op == "Mul" and fits32(c):
                k, s = self.src(x)
                if k == "r":
                    a.ins(Instr.create_reg_reg_i32(C.IMUL_R64_RM64_IMM32, d, s, c))
                elif k == "m":
                    a.ins(Instr.create_reg_mem_i32(C.IMUL_R64_RM64_IMM32, d, mem(RBP, s), c))
                else:
                    self.load(d, x)
                    a.ins(Instr.create_reg_reg_i32(C.IMUL_R64_RM64_IMM32, d, d, c))
                self.put(v, d)
                return
        self.load(d, x)
        self.operand(rr, imm, d, y)
        self.put(v, d)

    def call(self, v: Value) -> None:
        """Arguments into their registers and stack words (the callee of an indirect
        call into R11, a closure into RDX, in the same parallel move), the call, then the
        results out of their registers and stack words."""
        a = self.a
        args = abi.call_args(v)
        moves = [(("r", ARG_REGS[i]) if i < NREGS else ("o", 8 * i), self.src(arg)) for i, arg in enumerate(args)]
        if v.op == "CallClosure":
            moves.append((("r", RDX), self.src(v.args[0])))
        elif v.op == "CallInd":
            moves.append((("r", R11), self.src(v.args[0])))
        self.shuffle(moves)
        line = self.f.value_lines.get(v.id)
        if line:
            self.set_line(line)
        a.mark(self.maps.calls.get(v.id, 0))
        if v.op == "Call":
            assert isinstance(v.aux, str)
            a.call_sym(v.aux)
        elif v.op == "CallClosure":
            a.ins(Instr.create_mem(C.CALL_RM64, mem(RDX)))
        else:
            a.r(C.CALL_RM64, R11)
        results = []
        for r in self.results.get(v.id, []):
            j = r.aux
            assert isinstance(j, int)
            if self.located(r):
                results.append((self.src(r), ("r", ARG_REGS[j]) if j < NREGS else ("o", 8 * (len(args) + j))))
        self.shuffle(results)

    def address(self, v: Value, scratch: int) -> Any:
        """The memory operand of a Load or Store: its address argument plus aux2, and for
        LoadIdx/StoreIdx plus index*width. The base may be loaded into scratch (the
        result's own register for loads: the result may share the base's register, never
        the index's), the index into R11."""
        if v.op in ("Load", "Store") and v.args[0].op == "Addr":
            assert isinstance(v.args[0].aux, str) and isinstance(v.aux2, int)
            return SymMem(v.args[0].aux, v.aux2)  # a global: rip-relative
        base = self.in_reg(v.args[0], scratch)
        if v.op not in ("LoadIdx", "StoreIdx"):
            return mem(base, v.aux2)
        width = v.aux[0] if isinstance(v.aux, tuple) else v.aux
        assert isinstance(width, int)
        idx = self.in_reg(v.args[1], R11)
        return mem_index(base, idx, width, v.aux2)

    def load_mem(self, v: Value) -> None:
        a = self.a
        assert isinstance(v.aux, tuple)
        size, signed = v.aux
        if v.id in self.xreg:
            a.rm(C.MOVQ_XMM_RM64, self.xreg[v.id], self.address(v, RAX))
            return
        d = self.dst(v)
        m = self.address(v, d)
        if size == 8:
            a.rm(C.MOV_R64_RM64, d, m)
        elif size == 4:
            a.rm(C.MOVSXD_R64_RM32 if signed else C.MOV_R32_RM32, d if signed else _SUB[d][0], m)
        elif size == 2:
            a.rm(C.MOVSX_R64_RM16 if signed else C.MOVZX_R32_RM16, d if signed else _SUB[d][0], m)
        else:
            a.rm(C.MOVSX_R64_RM8 if signed else C.MOVZX_R32_RM8, d if signed else _SUB[d][0], m)
        self.put(v, d)

    def store_mem(self, v: Value) -> None:
        a = self.a
        width = v.aux
        assert isinstance(width, int)
        m = self.address(v, RAX)
        val = v.args[-1]
        if val.op == "Const" and width == 8 and isinstance(val.aux, int) and fits32(val.aux):
            a.mi32(C.MOV_RM64_IMM32, m, val.aux)
            return
        if val.op == "Const" and width < 8 and isinstance(val.aux, int):
            bits = 8 * width
            imm = val.aux & ((1 << bits) - 1)
            a.mi32(_MOV_IMM[width], m, imm - (1 << bits) if imm >> (bits - 1) else imm)
            return
        if val.op == "Addr" and width == 8 and not isinstance(m, SymMem):
            assert isinstance(val.aux, str)
            a.store_sym(m, val.aux)
            return
        if width == 8 and val.id in self.xreg:
            a.mr(C.MOVQ_RM64_XMM, m, self.xreg[val.id])
            return
        r = self.in_reg(val, RCX)
        if width == 8:
            a.mr(C.MOV_RM64_R64, m, r)
        elif width == 4:
            a.mr(C.MOV_RM32_R32, m, _SUB[r][0])
        elif width == 2:
            a.mr(C.MOV_RM16_R16, m, _SUB[r][1])
        else:
            a.mr(C.MOV_RM8_R8, m, _SUB[r][2])

    # ------------------------------------------------------------------
    # floating point: values are bit patterns in general registers or slots

    def fload(self, xmm: int, v: Value) -> None:
        self.move(("x", xmm), self.src(v))

    def freg(self, v: Value, scratch: int) -> int:
        """An XMM register holding v: its own, or scratch loaded with it."""
        r = self.xreg.get(v.id)
        if r is not None:
            return r
        self.fload(scratch, v)
        return scratch

    def fop(self, code: int, v: Value, xmm: int = R.XMM0) -> None:
        """op xmm, v: v from its XMM register or frame slot, else through XMM1."""
        k, x = self.src(v)
        if k == "x":
            self.a.rr(code, xmm, x)
        elif k == "m":
            self.a.rm(code, xmm, mem(RBP, x))
        else:
            self.fload(R.XMM1, v)
            self.a.rr(code, xmm, R.XMM1)

    def fstore(self, v: Value, xmm: int, single: bool) -> None:
        d = self.reg.get(v.id)
        if v.id in self.xreg:
            if self.xreg[v.id] != xmm:
                self.a.rr(C.MOVAPS_XMM_XMMM128, self.xreg[v.id], xmm)
        elif d is not None:
            if single:
                self.a.rr(C.MOVD_RM32_XMM, _SUB[d][0], xmm)
            else:
                self.a.rr(C.MOVQ_RM64_XMM, d, xmm)
        elif v.id in self.slot:
            if single:
                self.a.rr(C.MOVD_RM32_XMM, R.EAX, xmm)
                self.put(v, RAX)
            else:
                self.a.mr(C.MOVQ_RM64_XMM, mem(RBP, self.slot[v.id]), xmm)

    def float_compare(self, v: Value) -> None:
        a = self.a
        ucomi = C.UCOMISS_XMM_XMMM32 if v.aux == 4 else C.UCOMISD_XMM_XMMM64
        x, y = v.args
        if v.op in ("LtF", "LeF"):
            x, y = y, x  # a < b  is  b > a
        xr = self.freg(x, R.XMM0)
        self.fop(ucomi, y, xr)
        if v.op in ("GtF", "LtF"):
            a.r(C.SETA_RM8, R.AL)
        elif v.op in ("GeF", "LeF"):
            a.r(C.SETAE_RM8, R.AL)
        elif v.op == "EqF":  # equal and ordered
            a.r(C.SETE_RM8, R.AL)
            a.r(C.SETNP_RM8, R.CL)
            a.rr(C.AND_RM8_R8, R.AL, R.CL)
        else:  # NeF: not equal or unordered
            a.r(C.SETNE_RM8, R.AL)
            a.r(C.SETP_RM8, R.CL)
            a.rr(C.OR_RM8_R8, R.AL, R.CL)
        d = self.dst(v)
        a.rr(C.MOVZX_R32_RM8, _SUB[d][0], R.AL)
        self.put(v, d)

    def float_convert(self, v: Value) -> None:
        a = self.a
        op = v.op
        if op in ("CvtIF", "CvtUF"):
            single = v.aux == 4
            cvt = C.CVTSI2SS_XMM_RM64 if single else C.CVTSI2SD_XMM_RM64
            self.load(RAX, v.args[0])
            a.rr(C.XORPS_XMM_XMMM128, R.XMM0, R.XMM0)
            if op == "CvtIF":
                a.rr(cvt, R.XMM0, RAX)
            else:
                big, done = a.new_label(), a.new_label()
                a.rr(C.TEST_RM64_R64, RAX, RAX)
                a.jcc(C.JS_REL32_64, big)
                a.rr(cvt, R.XMM0, RAX)
                a.jmp(done)
                a.bind(big)
                # halve (keeping the low bit for correct rounding), convert, double
                a.rr(C.MOV_R64_RM64, RCX, RAX)
                a.ri(C.SHR_RM64_IMM8, RAX, 1)
                a.ri(C.AND_RM64_IMM8, RCX, 1)
                a.rr(C.OR_R64_RM64, RAX, RCX)
                a.rr(cvt, R.XMM0, RAX)
                a.rr(C.ADDSS_XMM_XMMM32 if single else C.ADDSD_XMM_XMMM64, R.XMM0, R.XMM0)
                a.bind(done)
            self.fstore(v, R.XMM0, single)
            return
        if op == "CvtFF":
            assert isinstance(v.aux, tuple)
            frm, to = v.aux
            self.fload(R.XMM0, v.args[0])
            a.rr(C.CVTSS2SD_XMM_XMMM32 if frm == 4 else C.CVTSD2SS_XMM_XMMM64, R.XMM0, R.XMM0)
            self.fstore(v, R.XMM0, to == 4)
            return
        single = v.aux == 4
        cvtt = C.CVTTSS2SI_R64_XMMM32 if single else C.CVTTSD2SI_R64_XMMM64
        self.fload(R.XMM0, v.args[0])
        if op == "CvtFI":
            a.rr(cvtt, RAX, R.XMM0)
        else:
            # float -> uint64: values >= 2^63 are converted after subtracting 2^63
            small, done = a.new_label(), a.new_label()
            a.mov_imm(RCX, 0x5F000000 if single else 0x43E0000000000000)
            a.rr(C.MOVQ_XMM_RM64, R.XMM1, RCX)
            a.rr(C.UCOMISS_XMM_XMMM32 if single else C.UCOMISD_XMM_XMMM64, R.XMM0, R.XMM1)
            a.jcc(C.JB_REL32_64, small)
            a.rr(C.SUBSS_XMM_XMMM32 if single else C.SUBSD_XMM_XMMM64, R.XMM0, R.XMM1)
            a.rr(cvtt, RAX, R.XMM0)
            a.mov_imm(RCX, -(1 << 63))
            a.rr(C.OR_R64_RM64, RAX, RCX)  # as gc: out-of-range values give 1<<63
            a.jmp(done)
            a.bind(small)
            a.rr(cvtt, RAX, R.XMM0)
            a.bind(done)
        self.put(v, RAX)

    def extend(self, d: int, size: int, signed: bool) -> None:
        a = self.a
        r32, r16, r8 = _SUB[d]
        if size == 4:
            if signed:
                a.rr(C.MOVSXD_R64_RM32, d, r32)
            else:
                a.rr(C.MOV_R32_RM32, r32, r32)
        elif size == 2:
            a.rr(C.MOVSX_R64_RM16 if signed else C.MOVZX_R32_RM16, d if signed else r32, r16)
        elif size == 1:
            a.rr(C.MOVSX_R64_RM8 if signed else C.MOVZX_R32_RM8, d if signed else r32, r8)

    def divide_pow2(self, v: Value, k: int) -> None:
        """x / 2^k and x % 2^k without a divide: signed division rounds toward zero, so
        negative dividends are biased by 2^k-1 first."""
        a = self.a
        signed = v.op in ("Div", "Mod")
        self.load(RAX, v.args[0])
        if not signed:
            if v.op == "DivU":
                a.ri(C.SHR_RM64_IMM8, RAX, k)
            elif k < 31:
                a.ri(C.AND_RM64_IMM32, RAX, (1 << k) - 1)
            else:
                a.mov_imm(RCX, (1 << k) - 1)
                a.rr(C.AND_R64_RM64, RAX, RCX)
            self.put(v, RAX)
            return
        a.rr(C.MOV_R64_RM64, RCX, RAX)
        a.ri(C.SAR_RM64_IMM8, RCX, 63)
        a.ri(C.SHR_RM64_IMM8, RCX, 64 - k)  # bias: 2^k-1 if x < 0, else 0
        a.rr(C.ADD_R64_RM64, RCX, RAX)
        if v.op == "Div":
            a.ri(C.SAR_RM64_IMM8, RCX, k)
            self.put(v, RCX)
            return
        a.mov_imm(RDX, -(1 << k))
        a.rr(C.AND_R64_RM64, RCX, RDX)
        a.rr(C.SUB_R64_RM64, RAX, RCX)
        self.put(v, RAX)

    def divide(self, v: Value) -> None:
        a = self.a
        signed = v.op in ("Div", "Mod")
        want_rem = v.op in ("Mod", "ModU")
        y = v.args[1]
        if y.op == "Const" and isinstance(y.aux, int):
            c = y.aux & ((1 << 64) - 1)
            if 1 < c < (1 << 63) and c & (c - 1) == 0:
                self.divide_pow2(v, c.bit_length() - 1)
                return
            if c not in (0, (1 << 64) - 1):
                # a non-zero divisor other than -1: no checks needed
                self.load(RAX, v.args[0])
                self.load(RCX, y)
                if signed:
                    a.op(C.CQO)
                    a.r(C.IDIV_RM64, RCX)
                else:
                    a.rr(C.XOR_R32_RM32, R.EDX, R.EDX)
                    a.r(C.DIV_RM64, RCX)
                self.put(v, RDX if want_rem else RAX)
                return
        self.load(RAX, v.args[0])
        self.load(RCX, v.args[1])
        done = a.new_label()
        a.rr(C.TEST_RM64_R64, RCX, RCX)
        self.cold_call(C.JE_REL32_64, "runtime.panicdivide")
        if signed:
            normal = a.new_label()
            a.ri(C.CMP_RM64_IMM8, RCX, -1)
            a.jcc(C.JNE_REL32_64, normal)
            # x / -1 == -x (wrapping), x % -1 == 0: idiv would trap on MinInt64 / -1
            if want_rem:
                a.rr(C.XOR_R32_RM32, R.EAX, R.EAX)
            else:
                a.r(C.NEG_RM64, RAX)
            a.jmp(done)
            a.bind(normal)
            a.op(C.CQO)
            a.r(C.IDIV_RM64, RCX)
        else:
            a.rr(C.XOR_R32_RM32, R.EDX, R.EDX)
            a.r(C.DIV_RM64, RCX)
        if want_rem:
            a.rr(C.MOV_R64_RM64, RAX, RDX)
        a.bind(done)
        self.put(v, RAX)

    def shift(self, v: Value) -> None:
        a = self.a
        x, y = v.args
        if y.op == "Const" and isinstance(y.aux, int) and y.aux >= 0:
            d = self.dst(v)
            n = y.aux
            if n >= 64 and v.op != "Shr":
                a.rr(C.XOR_R32_RM32, _SUB[d][0], _SUB[d][0])
            else:
                self.load(d, x)
                code = {"Shl": C.SHL_RM64_IMM8, "Shr": C.SAR_RM64_IMM8, "ShrU": C.SHR_RM64_IMM8}[v.op]
                if n:
                    a.ri(code, d, min(n, 63))
            self.put(v, d)
            return
        self.load(RAX, x)
        self.load(RCX, y)
        if v.op == "Shr":
            ok = a.new_label()
            a.ri(C.CMP_RM64_IMM8, RCX, 63)
            a.jcc(C.JBE_REL32_64, ok)
            a.ri(C.MOV_RM64_IMM32, RCX, 63)
            a.bind(ok)
            a.rr(C.SAR_RM64_CL, RAX, R.CL)
        else:
            big, done = a.new_label(), a.new_label()
            a.ri(C.CMP_RM64_IMM8, RCX, 63)
            a.jcc(C.JA_REL32_64, big)
            a.rr(C.SHL_RM64_CL if v.op == "Shl" else C.SHR_RM64_CL, RAX, R.CL)
            a.jmp(done)
            a.bind(big)
            a.rr(C.XOR_R32_RM32, R.EAX, R.EAX)
            a.bind(done)
        self.put(v, RAX)


def count_uses(f: Func) -> None:
    for b in f.blocks:
        for v in b.values:
            v.uses = 0
    for b in f.blocks:
        for v in b.values:
            for arg in v.args:
                arg.uses += 1
        for c in b.controls:
            c.uses += 1


def generate(f: Func, preemptible: bool = False, html: HTMLWriter | None = None) -> Symbol:
    """Machine code for f; preemptible adds the cooperative preemption checks."""
    count_uses(f)
    return CodeGen(f, preemptible, html).gen()


# spill_args/reload_args: save the register argument words in their spill slots and load
# them back (for a prologue check that must call into the runtime, e.g. stack growth)
__all__ = ["generate", "reload_args", "spill_args"]
