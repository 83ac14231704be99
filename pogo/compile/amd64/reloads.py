"""Redundant reload elimination over an assembler's item list, to make code smaller.

Values live across calls stay in their frame slots and every use reads the slot again. In
straight-line code a register that was just loaded from, or stored to, a slot still holds
that slot's word until the register or the slot is written or a call is made; at a label,
what every jump to it and the fall-through agree on (nothing, when a jump to it comes later:
a loop). A later ``mov reg, [rbp+d]`` of the same slot into the same register is dropped, and
into another register becomes a register move. Only the frame's own slots qualify (spill
slots and incoming arguments used in place): nothing takes their address, so only
RBP-relative instructions write them. The slots themselves are unchanged, so stack maps
derived from them stay exact.
"""

from __future__ import annotations

from typing import Any

import iced_x86 as I

from pogo.compile.amd64.asm import Item, _Branch, _Ins, _Label, _Line, _SymImm, _SymMem, _SymRef

_WRITES = frozenset({I.OpAccess.WRITE, I.OpAccess.READ_WRITE, I.OpAccess.COND_WRITE,
                     I.OpAccess.READ_COND_WRITE})
_NEXT = I.FlowControl.NEXT
_FALLS_THROUGH = frozenset({I.FlowControl.CALL, I.FlowControl.INDIRECT_CALL, I.FlowControl.INTERRUPT})
_REG_BY_NUM = [I.Register.RAX, I.Register.RCX, I.Register.RDX, I.Register.RBX, I.Register.RSP,
               I.Register.RBP, I.Register.RSI, I.Register.RDI, I.Register.R8, I.Register.R9,
               I.Register.R10, I.Register.R11, I.Register.R12, I.Register.R13, I.Register.R14,
               I.Register.R15]


def _disp(ins: I.Instruction) -> int:
    d = int(ins.memory_displacement)
    return d - (1 << 64) if d >= 1 << 63 else d


def _slot_operand(ins: I.Instruction, op: int, slots: frozenset[int]) -> int | None:
    """The rbp offset of operand op when it is a whole frame slot, else None."""
    if (ins.op_kind(op) == I.OpKind.MEMORY and ins.memory_base == I.Register.RBP
            and ins.memory_index == I.Register.NONE):
        d = _disp(ins)
        if d in slots:
            return d
    return None


def drop_reloads(items: list[Item], slots: frozenset[int]) -> list[Item]:
    """items without the slot loads whose value is already in a register."""
    factory = I.InstructionInfoFactory()
    holds: dict[Any, int] = {}  # register -> rbp offset of the slot it mirrors
    # labels some jump reaches from below (loop heads): nothing is known there
    seen: set[int] = set()
    backward: set[int] = set()
    for it in items:
        if isinstance(it, _Label):
            seen.add(it.label)
        elif isinstance(it, _Branch) and it.label in seen:
            backward.add(it.label)
    incoming: dict[int, dict[Any, int]] = {}  # label -> what the jumps seen so far agree on
    reachable = True  # the previous item can fall through
    out: list[Item] = []
    for it in items:
        if isinstance(it, _Label):
            got = incoming.pop(it.label, None)
            if it.label in backward or (got is None and not reachable):
                holds = {}
            elif got is not None:
                holds = {r: d for r, d in holds.items() if got.get(r) == d} if reachable else got
            reachable = True
        elif isinstance(it, _Branch):
            if it.label not in backward:
                prev = incoming.get(it.label)
                incoming[it.label] = dict(holds) if prev is None else {
                    r: d for r, d in prev.items() if holds.get(r) == d}
            if it.code == I.Code.JMP_REL32_64:
                holds = {}
                reachable = False
        elif isinstance(it, _SymRef):
            if it.kind == "call":
                holds.clear()
            elif it.kind == "lea":
                holds.pop(_REG_BY_NUM[it.reg], None)
        elif isinstance(it, _Ins):
            ins = it.ins
            code = ins.code
            if code == I.Code.MOV_R64_RM64 and ins.op1_kind == I.OpKind.MEMORY:
                d = _slot_operand(ins, 1, slots)
                if d is not None:
                    r = ins.op0_register
                    if holds.get(r) == d:
                        continue  # already there
                    src = next((x for x, s in holds.items() if s == d), None)
                    if src is not None:
                        it = _Ins(I.Instruction.create_reg_reg(I.Code.MOV_R64_RM64, r, src))
                    holds[r] = d
                    out.append(it)
                    continue
            if code == I.Code.MOV_RM64_R64 and ins.op0_kind == I.OpKind.MEMORY:
                d = _slot_operand(ins, 0, slots)
                if d is not None:
                    for x in [x for x, s in holds.items() if s == d]:
                        del holds[x]
                    holds[ins.op1_register] = d
                    out.append(it)
                    continue
            if ins.flow_control != _NEXT:
                holds.clear()
                reachable = ins.flow_control in _FALLS_THROUGH
            else:
                _forget_writes(factory, ins, holds)
        elif isinstance(it, (_SymImm, _SymMem)):
            _forget_writes(factory, it.ins, holds)
        elif not isinstance(it, _Line):
            holds.clear()
        out.append(it)
    return out


def _forget_writes(factory: I.InstructionInfoFactory, ins: I.Instruction, holds: dict[Any, int]) -> None:
    """Drop what holds says about the registers and frame slots ins writes."""
    if not holds:
        return
    info = factory.info(ins)
    for u in info.used_registers():
        if u.access in _WRITES:
            holds.pop(I.RegisterExt.full_register(u.register), None)
    for m in info.used_memory():
        if m.access in _WRITES and m.base == I.Register.RBP:
            d = int(m.displacement)
            d = d - (1 << 64) if d >= 1 << 63 else d
            size = I.MemorySizeExt.size(m.memory_size) or 16
            for x in [x for x, s in holds.items() if s < d + size and d < s + 8]:
                del holds[x]
