"""amd64 code generation from SSA.

Register allocation for now is the simplest correct one: every SSA value lives in its own
8-byte frame slot; instructions load operands into RAX/RCX/RDX, compute, and store the
result. Constants are rematerialised instead of stored. This keeps every live value in a
known frame slot at each call (the stack maps a precise GC needs fall out directly); a
real register allocator replaces it in the back-end issue.

Frame (see docs/ARCHITECTURE.md, "Calling convention")::

    [rbp+16+8*i]     incoming argument words, then result words (caller's outgoing area)
    [rbp+8]          return address
    [rbp]            caller's rbp (frame pointers are always kept)
    [rbp-8*(k+1)]    slot k: SSA values, phi staging slots, address-taken locals
    [rsp+8*i]        outgoing argument/result area for calls
"""

from __future__ import annotations

from pogo.compile.amd64.asm import Asm, C, Instr, R, mem
from pogo.compile.ssa.core import Block, BlockKind, Func, Value
from pogo.obj.objfile import Symbol, SymKind

RAX, RCX, RDX, RSP, RBP = R.RAX, R.RCX, R.RDX, R.RSP, R.RBP

SETCC = {
    "Eq": C.SETE_RM8, "Ne": C.SETNE_RM8, "Lt": C.SETL_RM8, "Le": C.SETLE_RM8, "Gt": C.SETG_RM8,
    "Ge": C.SETGE_RM8, "LtU": C.SETB_RM8, "LeU": C.SETBE_RM8, "GtU": C.SETA_RM8, "GeU": C.SETAE_RM8,
}
FBIN = {
    "AddF": (C.ADDSS_XMM_XMMM32, C.ADDSD_XMM_XMMM64), "SubF": (C.SUBSS_XMM_XMMM32, C.SUBSD_XMM_XMMM64),
    "MulF": (C.MULSS_XMM_XMMM32, C.MULSD_XMM_XMMM64), "DivF": (C.DIVSS_XMM_XMMM32, C.DIVSD_XMM_XMMM64),
}
FCMP = {"EqF", "NeF", "LtF", "LeF", "GtF", "GeF"}
BINOP = {"Add": C.ADD_R64_RM64, "Sub": C.SUB_R64_RM64, "And": C.AND_R64_RM64, "Or": C.OR_R64_RM64,
         "Xor": C.XOR_R64_RM64}


class CodeGen:
    def __init__(self, f: Func) -> None:
        self.f = f
        self.a = Asm()
        self.slot: dict[int, int] = {}  # value id -> rbp offset (negative)
        self.stage: dict[int, int] = {}  # phi id -> rbp offset of its staging slot
        self.block_label: dict[int, int] = {}
        self.local_base: list[int] = []  # rbp offset of each address-taken local slot
        self.frame = 0

    def assign_slots(self) -> None:
        off = 0
        for b in self.f.blocks:
            for v in b.values:
                if v.op == "Const":
                    continue
                if v.op in ("Call", "CallInd", "CallClosure") and v.aux2 == 0 and not v.uses:
                    continue
                off += 8
                self.slot[v.id] = -off
                if v.op == "Phi":
                    off += 8
                    self.stage[v.id] = -off
        for size in self.f.local_slots:
            off += size
            self.local_base.append(-off)
        outgoing = 0
        for b in self.f.blocks:
            for v in b.values:
                if v.op in ("Call", "CallInd", "CallClosure"):
                    outgoing = max(outgoing, 8 * (len(v.args) + v.aux2))
        self.frame = (off + outgoing + 15) // 16 * 16

    # ------------------------------------------------------------------

    def load(self, reg: int, v: Value) -> None:
        if v.op == "Const":
            assert isinstance(v.aux, int)
            self.a.mov_imm(reg, v.aux)
        else:
            self.a.rm(C.MOV_R64_RM64, reg, mem(RBP, self.slot[v.id]))

    def store(self, v: Value, reg: int = RAX) -> None:
        self.a.mr(C.MOV_RM64_R64, mem(RBP, self.slot[v.id]), reg)

    def gen(self) -> Symbol:
        f = self.f
        self.assign_slots()
        a = self.a
        for b in f.blocks:
            self.block_label[b.id] = a.new_label()
        a.line(f.line)
        # prologue
        a.r(C.PUSH_R64, RBP)
        a.rr(C.MOV_R64_RM64, RBP, RSP)
        if self.frame:
            a.ri(C.SUB_RM64_IMM32, RSP, self.frame)
        order = f.blocks
        for i, b in enumerate(order):
            a.bind(self.block_label[b.id])
            nxt = order[i + 1] if i + 1 < len(order) else None
            self.block(b, nxt)
        code, relocs, lines = a.assemble()
        return Symbol(f.name, SymKind.TEXT, code, align=16, relocs=relocs, file=f.file, lines=lines)

    def block(self, b: Block, nxt: Block | None) -> None:
        a = self.a
        # phis: copy staged values into place
        for v in b.values:
            if v.op == "Phi":
                a.rm(C.MOV_R64_RM64, RAX, mem(RBP, self.stage[v.id]))
                self.store(v)
        for v in b.values:
            if v.op != "Phi":
                self.value(v)
        if b.kind == BlockKind.PLAIN:
            self.edge(b, b.succs[0])
            if b.succs[0] is not nxt or self.has_phis(b.succs[0]):
                a.jmp(self.block_label[b.succs[0].id])
        elif b.kind == BlockKind.IF:
            yes, no = b.succs
            self.load(RAX, b.controls[0])
            a.rr(C.TEST_RM8_R8, R.AL, R.AL)
            other = a.new_label()
            a.jcc(C.JE_REL32_64, other)
            self.edge(b, yes)
            a.jmp(self.block_label[yes.id])
            a.bind(other)
            self.edge(b, no)
            if no is not nxt or self.has_phis(no):
                a.jmp(self.block_label[no.id])
        elif b.kind == BlockKind.RET:
            base = 16 + 8 * self.f.nargs
            for i, c in enumerate(b.controls):
                self.load(RAX, c)
                a.mr(C.MOV_RM64_R64, mem(RBP, base + 8 * i), RAX)
            a.op(C.LEAVEQ)
            a.op(C.RETNQ)
        elif b.kind == BlockKind.EXIT:
            a.op(C.UD2)

    def has_phis(self, b: Block) -> bool:
        return any(v.op == "Phi" for v in b.values)

    def edge(self, pred: Block, succ: Block) -> None:
        """Stage the phi arguments flowing along pred -> succ."""
        idx = [i for i, p in enumerate(succ.preds) if p is pred]
        if not idx:
            return
        k = idx[0]
        for v in succ.values:
            if v.op == "Phi":
                self.load(RAX, v.args[k])
                self.a.mr(C.MOV_RM64_R64, mem(RBP, self.stage[v.id]), RAX)

    # ------------------------------------------------------------------

    def value(self, v: Value) -> None:
        a = self.a
        op = v.op
        if op == "Const":
            return
        if op == "Arg":
            assert isinstance(v.aux, int)
            a.rm(C.MOV_R64_RM64, RAX, mem(RBP, 16 + 8 * v.aux))
            self.store(v)
        elif op == "Addr":
            assert isinstance(v.aux, str)
            a.lea_sym(RAX, v.aux)
            self.store(v)
        elif op == "LocalAddr":
            assert isinstance(v.aux, int)
            a.rm(C.LEA_R64_M, RAX, mem(RBP, self.local_base[v.aux]))
            self.store(v)
        elif op == "Copy":
            self.load(RAX, v.args[0])
            self.store(v)
        elif op in BINOP:
            self.load(RAX, v.args[0])
            self.load(RCX, v.args[1])
            a.rr(BINOP[op], RAX, RCX)
            self.store(v)
        elif op == "AndNot":
            self.load(RAX, v.args[0])
            self.load(RCX, v.args[1])
            a.r(C.NOT_RM64, RCX)
            a.rr(C.AND_R64_RM64, RAX, RCX)
            self.store(v)
        elif op == "Mul":
            self.load(RAX, v.args[0])
            self.load(RCX, v.args[1])
            a.rr(C.IMUL_R64_RM64, RAX, RCX)
            self.store(v)
        elif op in ("Div", "Mod", "DivU", "ModU"):
            self.divide(v)
        elif op in SETCC:
            self.load(RAX, v.args[0])
            self.load(RCX, v.args[1])
            a.rr(C.CMP_R64_RM64, RAX, RCX)
            a.r(SETCC[op], R.AL)
            a.rr(C.MOVZX_R32_RM8, R.EAX, R.AL)
            self.store(v)
        elif op == "Neg":
            self.load(RAX, v.args[0])
            a.r(C.NEG_RM64, RAX)
            self.store(v)
        elif op == "Com":
            self.load(RAX, v.args[0])
            a.r(C.NOT_RM64, RAX)
            self.store(v)
        elif op == "Not":
            self.load(RAX, v.args[0])
            a.ri(C.XOR_RM64_IMM8, RAX, 1)
            self.store(v)
        elif op in ("Shl", "Shr", "ShrU"):
            self.shift(v)
        elif op == "CheckShift":
            self.load(RAX, v.args[0])
            ok = a.new_label()
            a.rr(C.TEST_RM64_R64, RAX, RAX)
            a.jcc(C.JNS_REL32_64, ok)
            a.call_sym("runtime.panicshift")
            a.bind(ok)
        elif op in FBIN:
            self.fload(R.XMM0, v.args[0])
            self.fload(R.XMM1, v.args[1])
            a.rr(FBIN[op][0 if v.aux == 4 else 1], R.XMM0, R.XMM1)
            self.fstore(v, R.XMM0, v.aux == 4)
        elif op in FCMP:
            self.float_compare(v)
        elif op in ("CvtIF", "CvtUF", "CvtFI", "CvtFU", "CvtFF"):
            self.float_convert(v)
        elif op == "NilCheck":
            self.load(RAX, v.args[0])
            ok = a.new_label()
            a.rr(C.TEST_RM64_R64, RAX, RAX)
            a.jcc(C.JNE_REL32_64, ok)
            a.call_sym("runtime.panicmem")
            a.bind(ok)
        elif op == "Ext":
            assert isinstance(v.aux, tuple)
            size, signed = v.aux
            self.load(RAX, v.args[0])
            self.extend(size, signed)
            self.store(v)
        elif op == "Load":
            assert isinstance(v.aux, tuple)
            size, signed = v.aux
            self.load(RAX, v.args[0])
            m = mem(RAX)
            if size == 8:
                a.rm(C.MOV_R64_RM64, RAX, m)
            elif size == 4:
                a.rm(C.MOVSXD_R64_RM32 if signed else C.MOV_R32_RM32, RAX if signed else R.EAX, m)
            elif size == 2:
                a.rm(C.MOVSX_R64_RM16 if signed else C.MOVZX_R32_RM16, RAX if signed else R.EAX, m)
            else:
                a.rm(C.MOVSX_R64_RM8 if signed else C.MOVZX_R32_RM8, RAX if signed else R.EAX, m)
            self.store(v)
        elif op == "Store":
            width = v.aux
            assert isinstance(width, int)
            self.load(RAX, v.args[0])
            self.load(RCX, v.args[1])
            m = mem(RAX)
            if width == 8:
                a.mr(C.MOV_RM64_R64, m, RCX)
            elif width == 4:
                a.mr(C.MOV_RM32_R32, m, R.ECX)
            elif width == 2:
                a.mr(C.MOV_RM16_R16, m, R.CX)
            else:
                a.mr(C.MOV_RM8_R8, m, R.CL)
        elif op == "Call":
            for i, arg in enumerate(v.args):
                self.load(RAX, arg)
                a.mr(C.MOV_RM64_R64, mem(RSP, 8 * i), RAX)
            line = self.f.value_lines.get(v.id)
            if line:
                a.line(line)
            assert isinstance(v.aux, str)
            a.call_sym(v.aux)
        elif op == "Context":
            a.mr(C.MOV_RM64_R64, mem(RBP, self.slot[v.id]), RDX)
        elif op == "CallClosure":
            for i, arg in enumerate(v.args[1:]):
                self.load(RAX, arg)
                a.mr(C.MOV_RM64_R64, mem(RSP, 8 * i), RAX)
            line = self.f.value_lines.get(v.id)
            if line:
                a.line(line)
            self.load(RDX, v.args[0])
            a.ins(Instr.create_mem(C.CALL_RM64, mem(RDX)))
        elif op == "CallInd":
            for i, arg in enumerate(v.args[1:]):
                self.load(RAX, arg)
                a.mr(C.MOV_RM64_R64, mem(RSP, 8 * i), RAX)
            line = self.f.value_lines.get(v.id)
            if line:
                a.line(line)
            self.load(R.R11, v.args[0])
            a.r(C.CALL_RM64, R.R11)
        elif op == "Result":
            call = v.args[0]
            assert isinstance(v.aux, int)
            nargs = len(call.args) - (1 if call.op in ("CallInd", "CallClosure") else 0)
            a.rm(C.MOV_R64_RM64, RAX, mem(RSP, 8 * (nargs + v.aux)))
            self.store(v)
        else:
            raise NotImplementedError(f"amd64: no code for SSA op {op}")

    def fload(self, xmm: int, v: Value) -> None:
        self.load(RAX, v)
        self.a.rr(C.MOVQ_XMM_RM64, xmm, RAX)

    def fstore(self, v: Value, xmm: int, single: bool) -> None:
        self.a.rr(C.MOVQ_RM64_XMM, RAX, xmm)
        if single:
            self.a.rr(C.MOV_R32_RM32, R.EAX, R.EAX)
        self.store(v)

    def float_compare(self, v: Value) -> None:
        a = self.a
        ucomi = C.UCOMISS_XMM_XMMM32 if v.aux == 4 else C.UCOMISD_XMM_XMMM64
        x, y = v.args
        if v.op in ("LtF", "LeF"):
            x, y = y, x  # a < b  is  b > a
        self.fload(R.XMM0, x)
        self.fload(R.XMM1, y)
        a.rr(ucomi, R.XMM0, R.XMM1)
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
        a.rr(C.MOVZX_R32_RM8, R.EAX, R.AL)
        self.store(v)

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
        self.store(v)

    def extend(self, size: int, signed: bool) -> None:
        a = self.a
        if size == 4:
            if signed:
                a.rr(C.MOVSXD_R64_RM32, RAX, R.EAX)
            else:
                a.rr(C.MOV_R32_RM32, R.EAX, R.EAX)
        elif size == 2:
            a.rr(C.MOVSX_R64_RM16 if signed else C.MOVZX_R32_RM16, RAX if signed else R.EAX, R.AX)
        elif size == 1:
            a.rr(C.MOVSX_R64_RM8 if signed else C.MOVZX_R32_RM8, RAX if signed else R.EAX, R.AL)

    def divide(self, v: Value) -> None:
        a = self.a
        signed = v.op in ("Div", "Mod")
        want_rem = v.op in ("Mod", "ModU")
        self.load(RAX, v.args[0])
        self.load(RCX, v.args[1])
        nonzero, done = a.new_label(), a.new_label()
        a.rr(C.TEST_RM64_R64, RCX, RCX)
        a.jcc(C.JNE_REL32_64, nonzero)
        a.call_sym("runtime.panicdivide")
        a.bind(nonzero)
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
        self.store(v)

    def shift(self, v: Value) -> None:
        a = self.a
        self.load(RAX, v.args[0])
        self.load(RCX, v.args[1])
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
        self.store(v)


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


def generate(f: Func) -> Symbol:
    count_uses(f)
    return CodeGen(f).gen()


__all__ = ["generate"]
