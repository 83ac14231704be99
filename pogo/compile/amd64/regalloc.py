"""Register allocation for the amd64 back end: priority-ordered allocation over live ranges.

Positions number the blocks in layout order (block start, one per value, block end). Each
value gets a set of live ranges with holes from a precise liveness analysis (phi arguments
are live at the end of their predecessor, phis are defined at their block's start). Values
are then given registers in order of decreasing spill cost (uses weighted by loop depth); a
value gets a register whose occupied ranges it does not intersect, otherwise a frame slot.

Values that arrive in, or leave through, a register of the calling convention (incoming
arguments, call results, call arguments, returned words; abi.py) prefer that register, so
the moves of the prologue, the calls and the returns vanish.

Contracts (docs/ARCHITECTURE.md): every register is caller-saved, so a value live across a
call always lives in its own frame slot, which records the value's pointer-ness for stack
maps; RAX, RCX, RDX and R11 are the code generator's scratch registers (RDX also carries
the closure context at entry) and R14 is reserved for the goroutine pointer, so none of
them is allocated. Ranges are closed intervals, so an instruction's result never shares a
register with one of its operands, which keeps the code generator simple.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from dataclasses import dataclass, field

from pogo.compile.amd64.abi import ARG_REGS, NREGS, call_args
from pogo.compile.amd64.asm import R
from pogo.compile.ssa.core import Block, BlockKind, Func, Value

ALLOCATABLE: list[int] = [R.RBX, R.RSI, R.RDI, R.R8, R.R9, R.R10, R.R12, R.R13, R.R15]
# float64 values live in XMM2-XMM15 (XMM0/XMM1 are scratch)
ALLOCATABLE_XMM: list[int] = [getattr(R, f"XMM{i}") for i in range(2, 16)]
CALLS = frozenset({"Call", "CallInd", "CallClosure"})
# calls that "return" a second time when a deferred call recovers a panic: what is live
# after them is read again from any point the panic came from, so it keeps its own slot
LANDINGS = frozenset({"runtime.deferproc", "runtime.deferframe"})
# ops whose value never needs a location: constants and symbol addresses are rematerialised,
# calls deliver their results in registers or the outgoing area (moved out by the call's
# code into the Result values' locations), the rest produce nothing
NOLOC = frozenset({"Const", "Addr", "Store", "CheckShift", "NilCheck"}) | CALLS

Range = tuple[int, int]


@dataclass
class Allocation:
    reg: dict[int, int] = field(default_factory=dict)  # value id -> general register
    xreg: dict[int, int] = field(default_factory=dict)  # value id -> XMM register
    spilled: list[Value] = field(default_factory=list)  # values kept in frame slots
    # spilled value id -> the id of the value whose frame slot it shares (see share_slots)
    slot_owner: dict[int, int] = field(default_factory=dict)


def needs_location(v: Value, fused: set[int]) -> bool:
    return v.uses > 0 and v.op not in NOLOC and v.id not in fused


def infer_pointers(f: Func) -> None:
    """A phi or copy of a pointer holds a pointer: mark it so its spill slot says so."""
    changed = True
    while changed:
        changed = False
        for b in f.blocks:
            for v in b.values:
                if v.op in ("Phi", "Copy") and not v.pointer and any(a.pointer for a in v.args):
                    v.pointer = True
                    changed = True


def _float64_def(v: Value) -> bool:
    if v.op in ("AddF", "SubF", "MulF", "DivF", "CvtIF", "CvtUF"):
        return v.aux == 8
    return v.op == "CvtFF" and isinstance(v.aux, tuple) and v.aux[1] == 8


def _float64_use(u: Value) -> bool:
    if u.op in ("AddF", "SubF", "MulF", "DivF", "EqF", "NeF", "LtF", "LeF", "GtF", "GeF", "CvtFI", "CvtFU"):
        return u.aux == 8
    return u.op == "CvtFF" and isinstance(u.aux, tuple) and u.aux[0] == 8


def float_values(f: Func) -> set[int]:
    """Values that are better kept in XMM registers: float64 results, and loads, phis,
    arguments and call results used only as float64 operands (or stored, passed, merged)."""
    users: dict[int, list[Value]] = {}
    for b in f.blocks:
        for v in b.values:
            for a in v.args:
                users.setdefault(a.id, []).append(v)
    out: set[int] = set()
    for b in f.blocks:
        for v in b.values:
            if _float64_def(v):
                out.add(v.id)
            elif v.op in ("Load", "LoadIdx", "Phi", "Arg", "Result") and (
                v.op not in ("Load", "LoadIdx") or v.aux in ((8, False), (8, True))
            ):
                us = users.get(v.id, [])
                if any(_float64_use(u) for u in us) and all(
                    _float64_use(u) or u.op in ("Phi", "Call", "CallInd", "CallClosure")
                    or (u.op in ("Store", "StoreIdx") and u.aux == 8 and u.args[-1] is v
                        and all(x is not v for x in u.args[:-1]))
                    for u in us
                ):
                    out.add(v.id)
    return out


def abi_hints(f: Func) -> dict[int, list[int]]:
    """The convention registers each value is best placed in (see the module comment)."""
    out: dict[int, list[int]] = {}

    def want(v: Value, i: int) -> None:
        if i < NREGS:
            out.setdefault(v.id, []).append(ARG_REGS[i])

    for b in f.blocks:
        for v in b.values:
            if v.op in ("Arg", "Result") and isinstance(v.aux, int):
                want(v, v.aux)
            elif v.op in CALLS:
                for i, a in enumerate(call_args(v)):
                    want(a, i)
        if b.kind == BlockKind.RET:
            for i, c in enumerate(b.controls):
                want(c, i)
    return out


def loop_depths(f: Func) -> dict[int, int]:
    """Loop nesting depth of every block, from the natural loops of the DFS back edges."""
    depth = {b.id: 0 for b in f.blocks}
    state: dict[int, int] = {}  # 1: on stack, 2: done
    back: list[tuple[Block, Block]] = []
    stack: list[tuple[Block, int]] = [(f.entry, 0)]
    state[f.entry.id] = 1
    while stack:
        b, i = stack[-1]
        if i < len(b.succs):
            stack[-1] = (b, i + 1)
            s = b.succs[i]
            st = state.get(s.id)
            if st is None:
                state[s.id] = 1
                stack.append((s, 0))
            elif st == 1:
                back.append((b, s))
        else:
            state[b.id] = 2
            stack.pop()
    bodies: dict[int, set[int]] = {}
    for latch, header in back:
        body = bodies.setdefault(header.id, {header.id})
        work = [latch]
        while work:
            x = work.pop()
            if x.id in body:
                continue
            body.add(x.id)
            work.extend(x.preds)
    for body in bodies.values():
        for bid in body:
            if bid in depth:
                depth[bid] += 1
    return depth


class _Liveness:
    """Per-block live-out sets of the values that need locations."""

    def __init__(self, f: Func, order: list[Block], fused: set[int]) -> None:
        self.live_out: dict[int, set[int]] = {b.id: set() for b in order}
        gen: dict[int, set[int]] = {}
        kill: dict[int, set[int]] = {}
        phi_uses: dict[int, set[int]] = {b.id: set() for b in order}  # per predecessor
        for b in order:
            g: set[int] = set()
            k: set[int] = set()
            for v in b.values:
                if v.op == "Phi":
                    k.add(v.id)
                    for p, a in zip(b.preds, v.args, strict=True):
                        if needs_location(a, fused) and p.id in phi_uses:
                            phi_uses[p.id].add(a.id)
                    continue
                for a in v.args:
                    if a.id not in k and needs_location(a, fused):
                        g.add(a.id)
                k.add(v.id)
            for c in b.controls:
                if c.id not in k and needs_location(c, fused):
                    g.add(c.id)
                elif c.id in fused:
                    for a in c.args:
                        if needs_location(a, fused) and a.block is not b:
                            g.add(a.id)
            gen[b.id] = g
            kill[b.id] = k
        live_in: dict[int, set[int]] = {b.id: set() for b in order}
        changed = True
        while changed:
            changed = False
            for b in reversed(order):
                out = set(phi_uses[b.id])
                for s in b.succs:
                    out |= live_in[s.id]
                self.live_out[b.id] = out
                inn = gen[b.id] | (out - kill[b.id])
                if inn != live_in[b.id]:
                    live_in[b.id] = inn
                    changed = True


def allocate(f: Func, order: list[Block], fused: set[int]) -> Allocation:
    infer_pointers(f)
    live = _Liveness(f, order, fused)
    depth = loop_depths(f)
    ranges: dict[int, list[Range]] = {}
    cost: dict[int, int] = {}
    values: dict[int, Value] = {}
    crosses: set[int] = set()  # live across a call
    pinned: set[int] = set()  # live after a deferproc: a recovered panic resumes there
    hints: dict[int, list[Value]] = {}  # values whose register is worth sharing (moves vanish)
    pos = 0
    spans: dict[int, tuple[int, int, list[int]]] = {}
    for b in order:
        start = pos
        vpos = list(range(pos + 2, pos + 2 + 2 * len(b.values), 2))
        pos += 2 * len(b.values)
        pos += 2
        spans[b.id] = (start, pos, vpos)
        pos += 1

    def add(vid: int, s: int, e: int) -> None:
        ranges.setdefault(vid, []).append((s, e))

    def use(a: Value, w: int) -> None:
        cost[a.id] = cost.get(a.id, 0) + w

    for b in order:
        start, end, vpos = spans[b.id]
        w = 10 ** min(depth.get(b.id, 0), 6)
        cur: dict[int, int] = {vid: end for vid in live.live_out[b.id]}
        for c in b.controls:
            if c.id in fused:
                for a in c.args:
                    if needs_location(a, fused):
                        cur.setdefault(a.id, end)
                        use(a, w)
            elif needs_location(c, fused):
                cur.setdefault(c.id, end)
                use(c, w)
        for v, p in zip(reversed(b.values), reversed(vpos), strict=True):
            if v.op == "Phi":
                break
            # the first argument is read at p, the others at p+1, where the result is
            # written: the result may share a register with the first argument only
            if needs_location(v, fused):
                values[v.id] = v
                add(v.id, p + 1, cur.pop(v.id, p + 1))
                use(v, w)
                if v.args and v.op != "Result":
                    hints.setdefault(v.id, []).append(v.args[0])
            if v.op in CALLS:
                crosses.update(cur)
                if v.aux in LANDINGS:
                    pinned.update(cur)
            if v.id in fused:
                continue  # its arguments are read at the block's end, recorded above
            for i in range(len(v.args) - 1, -1, -1):
                a = v.args[i]
                if needs_location(a, fused) and v.op != "Result":
                    cur.setdefault(a.id, p if i == 0 else p + 1)
                    use(a, w)
        for v in b.values:
            if v.op != "Phi":
                break
            if needs_location(v, fused):
                values[v.id] = v
                add(v.id, start, cur.pop(v.id, start))
                use(v, w)
        for vid, e in cur.items():
            add(vid, start, e)
        for v in b.values:
            if v.op == "Phi":
                for p_, a in zip(b.preds, v.args, strict=True):
                    if needs_location(a, fused):
                        use(a, 10 ** min(depth.get(p_.id, 0), 6))
                        hints.setdefault(v.id, []).append(a)
                        hints.setdefault(a.id, []).append(v)

    out = Allocation()
    floats = float_values(f)
    fixed = abi_hints(f)
    occupied: dict[int, list[Range]] = {r: [] for r in ALLOCATABLE + ALLOCATABLE_XMM}
    cands = sorted(values.values(), key=lambda v: (-cost.get(v.id, 0), v.id))
    for v in cands:
        if v.id in crosses:
            out.spilled.append(v)
            continue
        rs = _merge(ranges.get(v.id, []))
        is_float = v.id in floats
        pool = ALLOCATABLE_XMM if is_float else ALLOCATABLE
        regs = out.xreg if is_float else out.reg
        preferred = [regs[h.id] for h in hints.get(v.id, []) if h.id in regs]
        if not is_float:
            preferred = fixed.get(v.id, []) + preferred
        for r in preferred + pool:
            occ = occupied[r]
            if not _conflicts(occ, rs):
                for x in rs:
                    insort(occ, x)
                (out.xreg if is_float else out.reg)[v.id] = r
                break
        else:
            out.spilled.append(v)
    out.spilled.sort(key=lambda v: v.id)
    out.slot_owner = share_slots([v for v in out.spilled if v.id not in pinned], ranges, cost, hints)
    return out


def share_slots(spilled: list[Value], ranges: dict[int, list[Range]], cost: dict[int, int],
                hints: dict[int, list[Value]]) -> dict[int, int]:
    """Give spilled values whose live ranges do not intersect one frame slot, as registers
    are shared: a phi and its argument in one slot need no move, and a smaller frame needs
    fewer 4-byte displacements. Only values of equal pointer-ness share, so a slot holds a
    pointer exactly when the one value live in it at any point is a pointer (stack maps stay
    exact). Incoming arguments keep their caller-provided slots."""
    owner: dict[int, int] = {}
    occupied: dict[int, list[Range]] = {}  # owner id -> ranges of every value in its slot
    pointer: dict[int, bool] = {}
    order = sorted((v for v in spilled if v.op != "Arg"), key=lambda v: (-cost.get(v.id, 0), v.id))
    for v in order:
        rs = _merge(list(ranges.get(v.id, [])))
        preferred = [owner[h.id] for h in hints.get(v.id, []) if h.id in owner]
        choice = v.id
        for o in preferred + list(occupied):
            if pointer[o] == v.pointer and not _conflicts(occupied[o], rs):
                choice = o
                break
        owner[v.id] = choice
        if choice == v.id:
            occupied[v.id] = []
            pointer[v.id] = v.pointer
        for x in rs:
            insort(occupied[choice], x)
    return owner


def _merge(rs: list[Range]) -> list[Range]:
    rs.sort()
    merged: list[Range] = []
    for s, e in rs:
        if merged and s <= merged[-1][1] + 1:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _conflicts(occ: list[Range], rs: list[Range]) -> bool:
    for s, e in rs:
        i = bisect_right(occ, (s, 1 << 62))
        if i > 0 and occ[i - 1][1] >= s:
            return True
        if i < len(occ) and occ[i][0] <= e:
            return True
    return False
