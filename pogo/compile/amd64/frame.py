"""Stack frame layout: where spilled values, address-taken locals and outgoing calls live.

Below the saved RBP come the 8-byte slots of spilled values (values whose live ranges do
not intersect and whose pointer-ness is equal may share one, see regalloc.share_slots, so a
slot's pointer-ness is that of every value in it; the most used slots nearest RBP, so that
their instructions get one-byte displacements), then the address-taken locals' slots, then the outgoing argument/result area at RSP, sized for the largest call; the
whole is rounded to 16 bytes so RSP stays aligned. The outgoing area holds every argument
and result word of the call, the words passed in registers included (their spill slots,
see abi.py). A spilled incoming argument needs no slot of its own: it lives in its word
of the caller's area, at [rbp+16+8*i], which the prologue fills from its register.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pogo.compile.ssa.core import Func, Value

CALLS = ("Call", "CallInd", "CallClosure")


@dataclass
class Frame:
    slot: dict[int, int] = field(default_factory=dict)  # value id -> rbp offset
    local_base: list[int] = field(default_factory=list)  # rbp offset of each local slot
    outgoing: int = 0  # bytes of the outgoing argument/result area
    size: int = 0  # bytes reserved below rbp (the prologue's sub rsp)


def layout_frame(f: Func, spilled: list[Value], owner: dict[int, int] | None = None) -> Frame:
    """owner maps a spilled value to the value whose slot it shares (itself if absent)."""
    fr = Frame()
    off = 0
    owner = owner or {}
    uses: dict[int, int] = {}
    for v in spilled:
        if v.op == "Arg":
            assert isinstance(v.aux, int)
            fr.slot[v.id] = 16 + 8 * v.aux
        else:
            o = owner.get(v.id, v.id)
            uses[o] = uses.get(o, 0) + v.uses
    for o in sorted(uses, key=lambda o: (-uses[o], o)):
        off += 8
        fr.slot[o] = -off
    for v in spilled:
        if v.op != "Arg":
            fr.slot[v.id] = fr.slot[owner.get(v.id, v.id)]
    for size in f.local_slots:
        off += size
        fr.local_base.append(-off)
    for b in f.blocks:
        for v in b.values:
            if v.op in CALLS:
                fr.outgoing = max(fr.outgoing, 8 * (len(v.args) + v.aux2))
    fr.size = (off + fr.outgoing + 15) // 16 * 16
    return fr


def describe(f: Func, fr: Frame) -> str:
    """The frame as text, for ssa.html's frame column."""
    lines = [f"frame: {fr.size} bytes below rbp, outgoing area {fr.outgoing} bytes at rsp"]
    for vid, off in sorted(fr.slot.items(), key=lambda kv: -kv[1]):
        where = "incoming argument" if off > 0 else "spill slot"
        lines.append(f"  [rbp{off:+d}]  v{vid}  ({where})")
    for i, off in enumerate(fr.local_base):
        lines.append(f"  [rbp{off:+d}]  local slot {i} ({f.local_slots[i]} bytes)")
    return "\n".join(lines) + "\n"
