"""A small assembler over iced-x86: labels, branches, symbol references.

Instructions are iced ``Instruction`` objects. Branches get their short rel8 form
when the target is in reach (relaxed until sizes settle), otherwise rel32;
arithmetic immediates that fit in a byte use the imm8 forms. References to link
symbols become relocations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import iced_x86 as I

from pogo.obj.objfile import LineEntry, Reloc, RelocKind

# iced's stubs type registers and codes as distinct classes; we treat them as ints.
C: Any = I.Code
R: Any = I.Register
Instr: Any = I.Instruction
Mem: Any = I.MemoryOperand

_REG_NUM: dict[int, int] = {
    R.RAX: 0, R.RCX: 1, R.RDX: 2, R.RBX: 3, R.RSP: 4, R.RBP: 5, R.RSI: 6, R.RDI: 7,
    R.R8: 8, R.R9: 9, R.R10: 10, R.R11: 11, R.R12: 12, R.R13: 13, R.R14: 14, R.R15: 15,
}


@dataclass(slots=True)
class _Ins:
    ins: Any


@dataclass(slots=True)
class _Branch:
    code: int  # iced Code of the rel32 form
    label: int


@dataclass(slots=True)
class _Label:
    label: int


@dataclass(slots=True)
class _SymRef:
    """call sym / lea reg, [rip+sym] / cmp dword [rip+sym], 0: hand-encoded with a
    PCREL32 relocation."""

    kind: str  # "call", "lea" or "cmp0"
    sym: str
    reg: int = 0


@dataclass(slots=True)
class _SymImm:
    """An instruction whose imm32, its last four bytes, is a symbol's absolute address
    (an ABS32 relocation: the executable lies below 2 GB)."""

    ins: Any
    sym: str


@dataclass(slots=True)
class SymMem:
    """A memory operand at a symbol: [rip + sym + disp]."""

    sym: str
    disp: int = 0


@dataclass(slots=True)
class _SymMem:
    """An instruction with a [rip] memory operand whose disp32 is patched by a PCREL32
    relocation to sym + disp."""

    ins: Any
    sym: str
    disp: int


@dataclass(slots=True)
class _Line:
    line: int


@dataclass(slots=True)
class _Mark:
    """A tagged position (stack maps: the pc of a call and its map); emits nothing."""

    tag: int


Item = _Ins | _Branch | _Label | _SymRef | _SymImm | _SymMem | _Line | _Mark


def mem(base: int, disp: int = 0) -> Any:
    size = 0 if disp == 0 and base not in (R.RBP, R.R13) else (1 if -128 <= disp <= 127 else 8)
    return Mem(base, displ=disp, displ_size=size)


def mem_index(base: int, index: int, scale: int, disp: int = 0) -> Any:
    """[base + index*scale + disp]."""
    size = 0 if disp == 0 and base not in (R.RBP, R.R13) else (1 if -128 <= disp <= 127 else 8)
    return Mem(base, index, scale, displ=disp, displ_size=size)


class Asm:
    def __init__(self) -> None:
        self.items: list[Item] = []
        self.nlabels = 0
        self.marks: list[tuple[int, int]] = []  # (pc, tag) of each mark, set by assemble

    def new_label(self) -> int:
        self.nlabels += 1
        return self.nlabels

    def bind(self, label: int) -> None:
        self.items.append(_Label(label))

    def ins(self, ins: Any) -> None:
        self.items.append(_Ins(ins))

    # convenience constructors
    def rr(self, code: int, a: int, b: int) -> None:
        self.ins(Instr.create_reg_reg(code, a, b))

    def rm(self, code: int, reg: int, m: Any) -> None:
        if isinstance(m, SymMem):
            self.items.append(_SymMem(Instr.create_reg_mem(code, reg, _RIP0), m.sym, m.disp))
        else:
            self.ins(Instr.create_reg_mem(code, reg, m))

    def mr(self, code: int, m: Any, reg: int) -> None:
        if isinstance(m, SymMem):
            self.items.append(_SymMem(Instr.create_mem_reg(code, _RIP0, reg), m.sym, m.disp))
        else:
            self.ins(Instr.create_mem_reg(code, m, reg))

    def mi32(self, code: int, m: Any, imm: int) -> None:
        if isinstance(m, SymMem):
            self.items.append(_SymMem(Instr.create_mem_i32(code, _RIP0, imm), m.sym, m.disp))
        else:
            self.ins(Instr.create_mem_i32(code, m, imm))

    def r(self, code: int, reg: int) -> None:
        self.ins(Instr.create_reg(code, reg))

    def ri(self, code: int, reg: int, imm: int) -> None:
        if -128 <= imm <= 127:
            code = _IMM8.get(code, code)
        self.ins(Instr.create_reg_i32(code, reg, imm))

    def op(self, code: int) -> None:
        self.ins(Instr.create(code))

    def mov_imm(self, reg: int, value: int) -> None:
        if value == 0:
            self.rr(C.XOR_R32_RM32, _low32(reg), _low32(reg))
        elif 0 < value < (1 << 32):
            self.ins(Instr.create_reg_u32(C.MOV_R32_IMM32, _low32(reg), value))  # zero-extends
        elif -(1 << 31) <= value < (1 << 31):
            self.ri(C.MOV_RM64_IMM32, reg, value)
        else:
            self.ins(Instr.create_reg_u64(C.MOV_R64_IMM64, reg, value & ((1 << 64) - 1)))

    def jmp(self, label: int) -> None:
        self.items.append(_Branch(C.JMP_REL32_64, label))

    def jcc(self, code: int, label: int) -> None:
        self.items.append(_Branch(code, label))

    def call_sym(self, sym: str) -> None:
        self.items.append(_SymRef("call", sym))

    def lea_sym(self, reg: int, sym: str) -> None:
        self.items.append(_SymRef("lea", sym, _REG_NUM[reg]))

    def mov_sym(self, reg: int, sym: str) -> None:
        """reg = &sym, as mov r32, imm32 (zero-extending; shorter than a rip-relative lea)."""
        self.items.append(_SymImm(Instr.create_reg_u32(C.MOV_R32_IMM32, _low32(reg), 0), sym))

    def store_sym(self, m: Any, sym: str) -> None:
        """qword [m] = &sym, as mov r/m64, imm32."""
        self.items.append(_SymImm(Instr.create_mem_i32(C.MOV_RM64_IMM32, m, 0), sym))

    def cmp_sym(self, reg: int, sym: str) -> None:
        """cmp reg, &sym."""
        self.items.append(_SymImm(Instr.create_reg_i32(C.CMP_RM64_IMM32, reg, 0), sym))

    def cmp0_sym(self, sym: str) -> None:
        self.items.append(_SymRef("cmp0", sym))

    def line(self, line: int) -> None:
        self.items.append(_Line(line))

    def mark(self, tag: int) -> None:
        self.items.append(_Mark(tag))

    # ------------------------------------------------------------------

    def assemble(self) -> tuple[bytes, list[Reloc], list[LineEntry]]:
        enc = I.Encoder(64)
        self._drop_jumps_to_next()
        # Sizes of plain instructions (they do not depend on their address), then
        # branch relaxation: every branch starts in its rel8 form and becomes rel32
        # when its target is out of reach; sizes only grow, so this settles.
        sizes: list[int] = []
        for it in self.items:
            if isinstance(it, (_Ins, _SymImm, _SymMem)):
                sizes.append(enc.encode(it.ins, 0))
                enc.take_buffer()
            elif isinstance(it, _SymRef):
                sizes.append(5 if it.kind == "call" else 7)
            elif isinstance(it, _Branch):
                sizes.append(2 if it.code in _SHORT else _LONG_SIZE[it.code])
            else:
                sizes.append(0)
        while True:
            offsets: dict[int, int] = {}
            pcs: list[int] = []
            pc = 0
            for it, size in zip(self.items, sizes, strict=True):
                pcs.append(pc)
                if isinstance(it, _Label):
                    offsets[it.label] = pc
                pc += size
            changed = False
            for i, it in enumerate(self.items):
                if isinstance(it, _Branch) and sizes[i] == 2:
                    d = offsets[it.label] - (pcs[i] + 2)
                    if not -128 <= d <= 127:
                        sizes[i] = _LONG_SIZE[it.code]
                        changed = True
            if not changed:
                break
        out = bytearray()
        relocs: list[Reloc] = []
        lines: list[LineEntry] = []
        self.marks = []
        for i, it in enumerate(self.items):
            pc = len(out)
            if isinstance(it, _Ins):
                enc.encode(it.ins, pc)
                out += enc.take_buffer()
            elif isinstance(it, _Branch):
                code = _SHORT[it.code] if sizes[i] == 2 else it.code
                enc.encode(Instr.create_branch(code, offsets[it.label]), pc)
                out += enc.take_buffer()
            elif isinstance(it, _SymMem):
                n = enc.encode(it.ins, pc)
                out += enc.take_buffer()
                at = enc.get_constant_offsets().displacement_offset
                relocs.append(Reloc(pc + at, RelocKind.PCREL32, it.sym, it.disp - (n - at)))
            elif isinstance(it, _SymImm):
                enc.encode(it.ins, pc)
                out += enc.take_buffer()
                relocs.append(Reloc(len(out) - 4, RelocKind.ABS32, it.sym))
            elif isinstance(it, _SymRef):
                if it.kind == "call":
                    out += b"\xe8\0\0\0\0"
                    relocs.append(Reloc(pc + 1, RelocKind.PCREL32, it.sym, -4))
                elif it.kind == "cmp0":  # 83 /7 ib: the disp32 is followed by the imm8
                    out += b"\x83\x3d\0\0\0\0\0"
                    relocs.append(Reloc(pc + 2, RelocKind.PCREL32, it.sym, -5))
                else:
                    rex = 0x48 | (0x04 if it.reg >= 8 else 0)
                    out += bytes([rex, 0x8D, 0x05 | ((it.reg & 7) << 3)]) + b"\0\0\0\0"
                    relocs.append(Reloc(pc + 3, RelocKind.PCREL32, it.sym, -4))
            elif isinstance(it, _Mark):
                self.marks.append((pc, it.tag))
            elif isinstance(it, _Line):
                if not lines or lines[-1].line != it.line:
                    if lines and lines[-1].pc_offset == pc:
                        lines[-1] = LineEntry(pc, it.line)
                    else:
                        lines.append(LineEntry(pc, it.line))
            assert len(out) - pc == sizes[i], it
        return bytes(out), relocs, lines


    def _drop_jumps_to_next(self) -> None:
        """Remove unconditional jumps to the label that follows them."""
        keep: list[Item] = []
        items = self.items
        for i, it in enumerate(items):
            if isinstance(it, _Branch) and it.code == C.JMP_REL32_64:
                j = i + 1
                while j < len(items) and isinstance(items[j], (_Label, _Line, _Mark)):
                    nxt = items[j]
                    if isinstance(nxt, _Label) and nxt.label == it.label:
                        break
                    j += 1
                else:
                    keep.append(it)
                    continue
                continue
            keep.append(it)
        self.items = keep


_RIP0 = Mem(R.RIP, displ=0)


def _branch_forms() -> tuple[dict[int, int], dict[int, int]]:
    """rel32 branch code -> its rel8 form, and -> its encoded size."""
    short: dict[int, int] = {}
    size: dict[int, int] = {}
    enc = I.Encoder(64)
    for name in dir(C):
        if name.endswith("_REL32_64") and (name.startswith("J") and not name.startswith("JMPE")):
            code = getattr(C, name)
            rel8 = getattr(C, name[: -len("_REL32_64")] + "_REL8_64", None)
            if rel8 is not None:
                short[code] = rel8
            size[code] = enc.encode(Instr.create_branch(code, 0x1000), 0)
            enc.take_buffer()
    return short, size


_SHORT, _LONG_SIZE = _branch_forms()

# imm32 arithmetic forms with a sign-extended imm8 twin, 3 bytes shorter
_IMM8: dict[int, int] = {
    getattr(C, f"{op}_RM64_IMM32"): getattr(C, f"{op}_RM64_IMM8") for op in ("ADD", "OR", "ADC", "SBB", "AND", "SUB", "XOR", "CMP")
}


_LOW32: dict[int, int] = {
    R.RAX: R.EAX, R.RCX: R.ECX, R.RDX: R.EDX, R.RBX: R.EBX, R.RSI: R.ESI, R.RDI: R.EDI,
    R.R8: R.R8D, R.R9: R.R9D, R.R10: R.R10D, R.R11: R.R11D, R.R12: R.R12D, R.R13: R.R13D,
    R.R14: R.R14D, R.R15: R.R15D,
}


def _low32(reg: int) -> int:
    return _LOW32[reg]
