"""Tail merging (cross-jumping) over an assembler's item list, to make code smaller.

Two straight-line sequences that end in the same unconditional exit (``ret``, or ``jmp`` to
the same label) and share their last instructions need that shared tail once: the later copy
is replaced by a jump into the earlier one. A tail never contains a call or a label, so no
return address (the only pcs a traceback or a stack map looks up) moves to another line;
the removed copy's line records stay where they were, after the new jump, so the code that
follows keeps its lines.
"""

from __future__ import annotations

from collections.abc import Callable

import iced_x86 as I

from pogo.compile.amd64.asm import Item, _Branch, _Ins, _Label, _Line, _SymImm, _SymMem, _SymRef

_NEXT = I.FlowControl.NEXT
_JMP_SIZE = 2  # a jmp rel8; tails must save more than a rel32 jump to be merged
_MIN_SAVING = 6


def merge_tails(items: list[Item], new_label: Callable[[], int]) -> list[Item]:
    """items with duplicate tails replaced by jumps; new_label() makes a fresh label."""
    enc = I.Encoder(64)
    size_cache: dict[int, int] = {}

    def size(k: int) -> int:
        s = size_cache.get(k)
        if s is None:
            it = items[k]
            if isinstance(it, (_Ins, _SymImm, _SymMem)):
                s = enc.encode(it.ins, 0)
                enc.take_buffer()
            else:
                s = 7  # lea / cmp against a symbol
            size_cache[k] = s
        return s

    def is_exit(it: Item) -> bool:
        if isinstance(it, _Ins):
            return bool(it.ins.code == I.Code.RETNQ)
        return isinstance(it, _Branch) and it.code == I.Code.JMP_REL32_64

    def body(end: int) -> list[int]:
        """Indices of the mergeable instructions before the exit at end, last first."""
        out: list[int] = []
        k = end - 1
        while k >= 0:
            it = items[k]
            if isinstance(it, _Line):
                k -= 1
                continue
            if isinstance(it, (_Ins, _SymImm, _SymMem)) and it.ins.flow_control == _NEXT:
                out.append(k)
            elif isinstance(it, _SymRef) and it.kind != "call":
                out.append(k)
            else:
                break
            k -= 1
        return out

    seen: dict[object, list[list[int]]] = {}  # exit key -> bodies of earlier exits
    labels_before: dict[int, int] = {}  # item index -> label bound just before it
    replaced: dict[int, tuple[int, int]] = {}  # exit index -> (first removed index, label)
    for e, it in enumerate(items):
        if not is_exit(it):
            continue
        key: object = ("jmp", it.label) if isinstance(it, _Branch) else ("ret",)
        mine = body(e)
        best_n, best_bytes = 0, 0
        best_other: list[int] = []
        for other in seen.get(key, []):
            n = 0
            saved = 0
            while n < len(mine) and n < len(other) and items[mine[n]] == items[other[n]]:
                saved += size(mine[n])
                n += 1
            if saved > best_bytes:
                best_n, best_bytes, best_other = n, saved, other
        if best_n and best_bytes + size_exit(it) - _JMP_SIZE >= _MIN_SAVING:
            start = best_other[best_n - 1]
            label = labels_before.get(start)
            if label is None:
                label = labels_before[start] = new_label()
            replaced[e] = (mine[best_n - 1], label)
        else:
            seen.setdefault(key, []).append(mine)
    if not replaced:
        return items
    drop_from: dict[int, int] = {first: e for e, (first, _) in replaced.items()}
    out: list[Item] = []
    k = 0
    while k < len(items):
        if k in labels_before:
            out.append(_Label(labels_before[k]))
        end = drop_from.get(k)
        if end is not None:
            out.append(_Branch(I.Code.JMP_REL32_64, replaced[end][1]))
            out.extend(x for x in items[k:end + 1] if isinstance(x, _Line))
            k = end + 1
            continue
        out.append(items[k])
        k += 1
    return out


def size_exit(it: Item) -> int:
    """Bytes of the exit instruction itself (ret: 1, jmp: at least 2)."""
    return 1 if isinstance(it, _Ins) else 2
