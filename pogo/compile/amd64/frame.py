"""Stack frame layout: where spilled values, address-taken locals and outgoing calls live.

Below the saved RBP come one 8-byte slot per spilled value (a slot's pointer-ness is its
value's, see docs/ARCHITECTURE.md; the most used values nearest RBP, so that their
instructions get one-byte displacements), then the address-taken locals' slots, then the outgoing argument/result area at RSP, sized for the largest call; the
whole is rounded to 16 bytes so RSP stays aligned. A spilled incoming argument needs no
slot: it is used where the caller put it, at [rbp+16+8*i].
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


def layout_frame(f: Func, spilled: list[Value]) -> Frame:
    fr = Frame()
    off = 0
    for v in sorted(spilled, key=lambda v: (-v.uses, v.id)):
        if v.op == "Arg":
            assert isinstance(v.aux, int)
            fr.slot[v.id] = 16 + 8 * v.aux
            continue
        off += 8
        fr.slot[v.id] = -off
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
