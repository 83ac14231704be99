"""pc-value tables: a compact map from code offsets within one function to integers.

Used for pc→line in the linker's function table (``runtime.functab``, read by the
runtime's traceback and by ``pogo tool objdump``) and meant for any other per-pc
property (stack maps, frame sizes). A table is a sequence of runs, each covering
[pc, pc + length) with one value, starting at pc 0; the delta is the value minus the
previous run's (``start`` before the first). Most runs step a line or a stack map by
one or two over a few instructions, so they take one byte:

    0b0DLLLLLL                    delta D + 1 (1 or 2), length L + 1 (1..64)
    0b1MUUUUUU, [uvarint(U')], uvarint(length)
                                  any other run: the zig-zag delta is U | U' << 6,
                                  U' present only when M is set

There is no terminator: readers know the function's size and stop at the run
containing the pc they look up.
"""

from __future__ import annotations

from collections.abc import Iterator

# Line values above this many bits name a record of the function's inline tree (1-based):
# value = line | record << INL_SHIFT (ir/nodes.py, link/functab.py, runtime/traceback.go).
INL_SHIFT = 24
SHORT_LEN = 64  # longest run of the one-byte form


def line_str(value: int) -> str:
    """A line value for dumps: ``12``, or ``12 inl#2`` for line 12 of inline record 2."""
    k = value >> INL_SHIFT
    line = value & ((1 << INL_SHIFT) - 1)
    return f"{line} inl#{k}" if k else str(line)


def put_uvarint(out: bytearray, v: int) -> None:
    while v >= 0x80:
        out.append((v & 0x7F) | 0x80)
        v >>= 7
    out.append(v)


def get_uvarint(data: bytes, i: int) -> tuple[int, int]:
    """The varint at data[i] and the index after it; IndexError when truncated."""
    v = shift = 0
    while True:
        b = data[i]
        i += 1
        v |= (b & 0x7F) << shift
        if b < 0x80:
            return v, i
        shift += 7


def encode(points: list[tuple[int, int]], size: int, start: int = 0) -> bytes:
    """Encode ``points`` — (pc, value) pairs, pcs increasing, each value holding until the
    next pair's pc, the first also from 0 — for a function of ``size`` bytes. Pairs at or past
    ``size`` and repeated values are dropped."""
    out = bytearray()
    prev = start
    runs: list[tuple[int, int]] = []
    for pc, value in points:
        if pc >= size:
            break
        if runs and runs[-1][0] == pc:
            runs.pop()  # a later value at the same pc wins
        if runs and runs[-1][1] == value:
            continue
        runs.append((pc, value))
    if not runs and size > 0:
        runs.append((0, start))
    if runs:
        runs[0] = (0, runs[0][1])  # the first value also covers anything before its pc
    for k, (pc, value) in enumerate(runs):
        end = runs[k + 1][0] if k + 1 < len(runs) else size
        put_run(out, value - prev, end - pc)
        prev = value
    return bytes(out)


def put_run(out: bytearray, delta: int, length: int) -> None:
    """One run in the table's encoding (the module docstring)."""
    if 1 <= delta <= 2 and 1 <= length <= SHORT_LEN:
        out.append((delta - 1) << 6 | (length - 1))
        return
    u = (delta << 1) if delta >= 0 else ((-delta << 1) - 1)
    out.append(0x80 | (0x40 if u >> 6 else 0) | (u & 0x3F))
    if u >> 6:
        put_uvarint(out, u >> 6)
    put_uvarint(out, length)


def get_run(data: bytes, i: int) -> tuple[int, int, int]:
    """(delta, length, index after) of the run at data[i]; IndexError when truncated."""
    b = data[i]
    if b < 0x80:
        return (b >> 6) + 1, (b & 0x3F) + 1, i + 1
    u, i = b & 0x3F, i + 1
    if b & 0x40:
        hi, i = get_uvarint(data, i)
        u |= hi << 6
    length, i = get_uvarint(data, i)
    return ((u >> 1) if not u & 1 else -((u + 1) >> 1)), length, i


def runs(data: bytes, size: int, start: int = 0, at: int = 0) -> Iterator[tuple[int, int, int]]:
    """The runs (pc, end, value) of the table at ``data[at:]`` for a function of
    ``size`` bytes."""
    pc, value, i = 0, start, at
    while pc < size:
        delta, length, i = get_run(data, i)
        value += delta
        yield pc, pc + length, value
        pc += length


def lookup(data: bytes, size: int, pc: int, start: int = 0, at: int = 0) -> int:
    """The value at ``pc`` (``start`` if the table does not cover it)."""
    for lo, hi, value in runs(data, size, start, at):
        if lo <= pc < hi:
            return value
    return start
