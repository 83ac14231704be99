"""pc-value tables: a compact map from code offsets within one function to integers.

Used for pc→line in the linker's function table (``runtime.functab``, read by the
runtime's traceback and by ``pogo tool objdump``) and meant for any other per-pc
property (stack maps, frame sizes). A table is a sequence of runs; each run is

    svarint(value - previous value)   zig-zag varint, previous value starts at ``start``
    uvarint(length in bytes)          > 0

covering [pc, pc + length) with that value, starting at pc 0. There is no terminator:
readers know the function's size and stop at the run containing the pc they look up.
A function whose lines change every few bytes costs about two bytes per change.
"""

from __future__ import annotations

from collections.abc import Iterator

# Line values above this many bits name a record of the function's inline tree (1-based):
# value = line | record << INL_SHIFT (ir/nodes.py, link/functab.py, runtime/traceback.go).
INL_SHIFT = 24


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


def put_svarint(out: bytearray, v: int) -> None:
    put_uvarint(out, (v << 1) if v >= 0 else ((-v << 1) - 1))


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


def get_svarint(data: bytes, i: int) -> tuple[int, int]:
    u, i = get_uvarint(data, i)
    return ((u >> 1) if not u & 1 else -((u + 1) >> 1)), i


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
        put_svarint(out, value - prev)
        put_uvarint(out, end - pc)
        prev = value
    return bytes(out)


def runs(data: bytes, size: int, start: int = 0, at: int = 0) -> Iterator[tuple[int, int, int]]:
    """The runs (pc, end, value) of the table at ``data[at:]`` for a function of
    ``size`` bytes."""
    pc, value, i = 0, start, at
    while pc < size:
        delta, i = get_svarint(data, i)
        length, i = get_uvarint(data, i)
        value += delta
        yield pc, pc + length, value
        pc += length


def lookup(data: bytes, size: int, pc: int, start: int = 0, at: int = 0) -> int:
    """The value at ``pc`` (``start`` if the table does not cover it)."""
    for lo, hi, value in runs(data, size, start, at):
        if lo <= pc < hi:
            return value
    return start
