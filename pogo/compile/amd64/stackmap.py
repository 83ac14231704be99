"""Stack maps: which words of a frame hold live pointers at each point the collector
can find the frame stopped at (its safepoints).

A frame is stopped only at a call: an SSA call, an out-of-line panic call, or the call of
``runtime.preemptSave`` in a preemption check (the prologue's ``runtime.morestack`` call
comes before the frame exists and has no map, stackcheck.py). For each, the map marks

* the spill slots of pointer values live after the call (every value live across a call
  has a frame slot, docs/ARCHITECTURE.md "Frame layout"; at a preemption check, the
  values live at the check, those in registers being in preemptSave's save area),
* the pointer words of every frame-resident local (their liveness is not tracked: they
  are zeroed in the prologue, see ``zero_locals``, so they never hold garbage),
* the outgoing argument words of the call that hold pointers (the caller knows what it
  passes). Under the register convention (abi.py) the words of register arguments are
  only spill slots, filled when the callee keeps the argument in memory or a stack check
  saves the registers there; otherwise they may be stale, which only keeps an object
  alive longer. Result words are never live while the callee runs,
* the function's own incoming argument words (spill slots) whose pointer values are
  live after the call: a callee keeps its own pointer arguments alive (Arg values carry
  their parameter's pointer-ness), since a register argument it passes on or keeps
  reaches memory nowhere else.

A value counts as a pointer when ``Value.pointer`` says so or it is derived from one by
address arithmetic (an interior pointer kept across a call keeps its object alive). In a
function that defers, a recovered panic resumes the frame after its ``deferproc`` call,
so every map also marks what is live after the ``deferproc`` calls: the frame may be
below a panic, with deferred calls (which may collect) running, at any call.

Word k of a frame is the word at ``[rsp + 8*k]`` (the frame's lowest address is
``rbp - frame size``): the outgoing area starts at word 0, the saved RBP is word
``frame size / 8``, incoming argument i is word ``frame size / 8 + 2 + i``. Per function
the maps are deduplicated and each is encoded as the sorted list of its words (uvarint
count, then uvarint gaps: maps are sparse, and a frame holding a large array would
make bitmaps long); code then carries a pc→(map index + 1) table (``obj/pctab.py``; 0:
no map, scan conservatively), the value at a call instruction's pc being that call's
map. The encoded form (``encode``) travels in the archive and the linker copies it into
the function table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pogo.compile.amd64.asm import Asm, C, Instr, R, mem, mem_index
from pogo.compile.amd64.frame import Frame
from pogo.compile.ssa.core import Block, Func, Value
from pogo.obj import pctab

CALLS = frozenset({"Call", "CallInd", "CallClosure"})
NOLOC = frozenset({"Const", "Store", "CheckShift", "NilCheck"}) | CALLS
# ops whose result is a pointer when an operand is (address arithmetic, moves)
DERIVED = frozenset({"Add", "Sub", "LEAQ", "Copy", "Phi", "And", "Or", "AndNot"})
DEFERPROC = "runtime.deferproc"
LANDINGS = frozenset({DEFERPROC, "runtime.deferframe"})  # calls a recovered panic resumes after
ZERO_UNROLL = 16  # up to this many pointer words of locals are zeroed one store each


@dataclass
class StackMaps:
    nwords: int = 0
    maps: list[tuple[int, ...]] = field(default_factory=list)  # sorted frame words
    index: dict[tuple[int, ...], int] = field(default_factory=dict)
    calls: dict[int, int] = field(default_factory=dict)  # call value id -> tag
    checks: dict[int, int] = field(default_factory=dict)  # checked block id -> tag
    cold: int = 0  # tag of out-of-line panic calls

    def tag(self, words: set[int]) -> int:
        """The tag (index + 1) of the map marking ``words``."""
        key = tuple(sorted(words))
        i = self.index.get(key)
        if i is None:
            i = self.index[key] = len(self.maps)
            self.maps.append(key)
        return i + 1


def pointer_values(f: Func) -> set[int]:
    """Ids of the values that hold (possibly interior) pointers."""
    out = {v.id for b in f.blocks for v in b.values if v.pointer}
    changed = True
    while changed:
        changed = False
        for b in f.blocks:
            for v in b.values:
                if v.id not in out and v.op in DERIVED and any(a.id in out for a in v.args):
                    out.add(v.id)
                    changed = True
    return out


def _needs_location(v: Value, fused: set[int]) -> bool:
    return v.uses > 0 and v.op not in NOLOC and v.id not in fused


def _block_uses(b: Block, fused: set[int]) -> list[Value]:
    """Values read at the end of b: its controls (a fused comparison's operands)."""
    out: list[Value] = []
    for c in b.controls:
        if c.id in fused:
            out.extend(c.args)
        else:
            out.append(c)
    return out


def _walk(b: Block, live_out: set[int], fused: set[int],
          at_call: dict[int, set[int]] | None) -> set[int]:
    """Walk b backwards from live_out; record the set live after each call in at_call;
    return the set live at b's start after its phis are defined (phis included)."""
    cur = set(live_out)
    for c in _block_uses(b, fused):
        if _needs_location(c, fused):
            cur.add(c.id)
    for v in reversed(b.values):
        if v.op == "Phi":
            break
        cur.discard(v.id)
        if v.op in CALLS and at_call is not None:
            at_call[v.id] = set(cur)
        if v.id in fused:
            continue
        for a in v.args:
            if _needs_location(a, fused) and v.op != "Result":
                cur.add(a.id)
    return cur


def liveness(f: Func, fused: set[int]) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Values live after each call (by call id) and at the start of each block."""
    phi_uses: dict[int, set[int]] = {b.id: set() for b in f.blocks}
    for b in f.blocks:
        for v in b.values:
            if v.op == "Phi":
                for p, a in zip(b.preds, v.args, strict=True):
                    if _needs_location(a, fused):
                        phi_uses[p.id].add(a.id)
    phis = {b.id: {v.id for v in b.values if v.op == "Phi"} for b in f.blocks}
    live_in: dict[int, set[int]] = {b.id: set() for b in f.blocks}
    start: dict[int, set[int]] = {}
    changed = True
    while changed:
        changed = False
        for b in reversed(f.blocks):
            out = set(phi_uses[b.id])
            for s in b.succs:
                out |= live_in[s.id]
            st = _walk(b, out, fused, None)
            start[b.id] = st
            inn = st - phis[b.id]
            if inn != live_in[b.id]:
                live_in[b.id] = inn
                changed = True
    at_call: dict[int, set[int]] = {}
    for b in f.blocks:
        out = set(phi_uses[b.id])
        for s in b.succs:
            out |= live_in[s.id]
        _walk(b, out, fused, at_call)
    return at_call, start


def compute(f: Func, fr: Frame, fused: set[int], checked: set[int]) -> StackMaps:
    """The maps of every safepoint of f, laid out in frame fr."""
    sm = StackMaps(nwords=fr.size // 8)
    if not any(v.op in CALLS for b in f.blocks for v in b.values) and not checked:
        return sm
    ptrs = pointer_values(f)
    at_call, start = liveness(f, fused)

    def word(off: int) -> int:  # the frame word at rbp+off
        return sm.nwords + off // 8

    def slots(live: set[int]) -> set[int]:
        return {word(fr.slot[vid]) for vid in live if vid in ptrs and vid in fr.slot}

    locals_: set[int] = set()
    for base, mask in zip(fr.local_base, f.local_ptrs, strict=True):
        w = 0
        while mask >> w:
            if mask >> w & 1:
                locals_.add(word(base + 8 * w))
            w += 1
    landing: set[int] = set()
    for b in f.blocks:
        for v in b.values:
            if v.op == "Call" and v.aux in LANDINGS:
                landing |= slots(at_call.get(v.id, set()))
    always = locals_ | landing
    for b in f.blocks:
        for v in b.values:
            if v.op in CALLS:
                words = slots(at_call.get(v.id, set())) | always
                args = v.args if v.op == "Call" else v.args[1:]
                for i, a in enumerate(args):
                    if a.id in ptrs and a.op != "Const":
                        words.add(i)
                sm.calls[v.id] = sm.tag(words)
    for bid in checked:
        sm.checks[bid] = sm.tag(slots(start.get(bid, set())) | locals_)
    sm.cold = sm.tag(always)
    return sm


def encode(sm: StackMaps, marks: list[tuple[int, int]], size: int) -> bytes:
    """uvarint frame words, uvarint map count, the maps (uvarint word count, then per
    word uvarint k - previous k - 1, previous starting at -1), then the pc→tag table."""
    if not sm.maps:
        return b""
    out = bytearray()
    pctab.put_uvarint(out, sm.nwords)
    pctab.put_uvarint(out, len(sm.maps))
    for m in sm.maps:
        pctab.put_uvarint(out, len(m))
        prev = -1
        for k in m:
            pctab.put_uvarint(out, k - prev - 1)
            prev = k
    out += pctab.encode(marks, size)
    return bytes(out)


def decode(blob: bytes, size: int) -> tuple[int, list[tuple[int, ...]], list[tuple[int, int, int]]]:
    """Frame words, maps and pc runs (pc, end, tag) of an encoded blob (tests, tools)."""
    nwords, i = pctab.get_uvarint(blob, 0)
    nmaps, i = pctab.get_uvarint(blob, i)
    maps: list[tuple[int, ...]] = []
    for _ in range(nmaps):
        n, i = pctab.get_uvarint(blob, i)
        words: list[int] = []
        k = -1
        for _ in range(n):
            gap, i = pctab.get_uvarint(blob, i)
            k += gap + 1
            words.append(k)
        maps.append(tuple(words))
    return nwords, maps, list(pctab.runs(blob, size, 0, i))


def zero_locals(a: Asm, f: Func, fr: Frame) -> None:
    """Clear the pointer words of the frame-resident locals in the prologue, so the
    collector never reads a stale word there as a pointer. RDX (the closure context)
    and the argument registers are kept: only RAX, RCX and R11 are written."""
    words = [base + 8 * w for base, mask in zip(fr.local_base, f.local_ptrs, strict=True)
             for w in range(mask.bit_length()) if mask >> w & 1]
    if not words:
        return
    if len(words) <= ZERO_UNROLL:
        for off in words:
            a.ins(Instr.create_mem_i32(C.MOV_RM64_IMM32, mem(R.RBP, off), 0))
        return
    lo = min(words)
    n = (max(words) - lo) // 8 + 1
    loop = a.new_label()
    a.rm(C.LEA_R64_M, R.R11, mem(R.RBP, lo - 8))
    a.mov_imm(R.RCX, n)
    a.rr(C.XOR_R32_RM32, R.EAX, R.EAX)
    a.bind(loop)
    a.mr(C.MOV_RM64_R64, mem_index(R.R11, R.RCX, 8), R.RAX)
    a.ri(C.SUB_RM64_IMM8, R.RCX, 1)
    a.jcc(C.JNE_REL32_64, loop)
