"""The function table the runtime's tracebacks and ``pogo tool objdump`` read.

gc's tables (pclntab) live in read-only data, not in the ELF symbol table, so ``-s``
does not break tracebacks; ours do the same. One RODATA symbol, ``runtime.functab·data``,
laid out as (little-endian, offsets from the table's start)::

    +0   u64  address of the first function (ABS64 relocation)
    +8   u32  number of functions n
    +12  u32  reserved (0)
    +16  (n+1) × {u32 entry - first address, u32 offset of the function's record}
         sorted by entry; the last pair is {end of the last function, 0}
    file names, each once (uvarint length, bytes)
    records, each: uvarint name length, name bytes, uvarint offset of the file name
         (0: none), uvarint flags (bit 0: wrapper, hidden in
         tracebacks), uvarint argument words + 1 (0: unknown), the inline tree,
         uvarint length and bytes of the stack maps (``compile/amd64/stackmap.py``:
         words per map, map count, the maps, a pc→map table; empty: none, the
         collector scans the frame conservatively), then the pc→line table
         (``pogo.obj.pctab``, start value 0)

The runtime's variable ``runtime.functab`` becomes a data word pointing at the table.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from pogo.link.layout import Image, layout
from pogo.obj import pctab
from pogo.obj.objfile import Reloc, RelocKind, Symbol, SymKind
from pogo.obj.pctab import INL_SHIFT

TABLE = "runtime.functab·data"
SECTION = ".pogo.functab"  # the table's own section header, so tools find it without .symtab
POINTER = "runtime.functab"
HEADER = 16


@dataclass(slots=True)
class FuncEntry:
    """One function as the table describes it (what readers get back)."""

    name: str
    entry: int  # address
    end: int
    file: str
    wrapper: bool
    args: int  # argument words, -1 if unknown
    lines: list[tuple[int, int, int]]  # runs (pc offset, end offset, line)

    def line_at(self, off: int) -> int:
        for lo, hi, line in self.lines:
            if lo <= off < hi:
                return line
        return 0


def is_wrapper(s: Symbol) -> bool:
    """Compiler-generated code that gc's tracebacks hide: defer/go thunks, method values
    (``-fm``) and method wrappers (which have no source lines of their own; lines of
    code inlined into them do not count)."""
    name = s.name
    own = any(ln.line and not ln.line >> INL_SHIFT for ln in s.lines)
    return (".deferwrap" in name or ".gowrap" in name or "-fm" in name
            or not own and "." in name and not name.startswith("runtime."))


def build(funcs: list[tuple[Symbol, int]]) -> bytes:
    """The table's bytes for ``funcs`` (symbol, address), without the relocation at +0."""
    funcs = sorted(funcs, key=lambda f: f[1])
    n = len(funcs)
    first = funcs[0][1] if funcs else 0
    index = bytearray()
    body = bytearray()
    files: dict[str, int] = {}
    base = HEADER + 8 * (n + 1)
    for s, _addr in funcs:
        for f in [s.file, *(file for _, file, _ in s.inl)]:
            if f and f not in files:
                files[f] = 0
    # file names first, so record offsets are known before the records are written
    for f in files:
        files[f] = base + len(body)
        raw = f.encode()
        pctab.put_uvarint(body, len(raw))
        body += raw
    for k, (s, addr) in enumerate(funcs):
        # a function's table also covers the padding up to the next one
        size = funcs[k + 1][1] - addr if k + 1 < n else s.length
        rec = bytearray()
        raw = s.name.encode()
        pctab.put_uvarint(rec, len(raw))
        rec += raw
        pctab.put_uvarint(rec, files.get(s.file, 0))
        pctab.put_uvarint(rec, 1 if is_wrapper(s) else 0)
        pctab.put_uvarint(rec, s.args + 1 if s.args >= 0 else 0)
        pctab.put_uvarint(rec, len(s.inl))  # the inline tree: name, file, parent line value
        for name, file, parent in s.inl:
            raw = name.encode()
            pctab.put_uvarint(rec, len(raw))
            rec += raw
            pctab.put_uvarint(rec, files.get(file, 0))
            pctab.put_uvarint(rec, parent)
        pctab.put_uvarint(rec, len(s.stackmap))
        rec += s.stackmap
        rec += pctab.encode([(ln.pc_offset, ln.line) for ln in s.lines], size)
        index += struct.pack("<II", addr - first, base + len(body))
        body += rec
    end = funcs[-1][1] + funcs[-1][0].length - first if funcs else 0
    index += struct.pack("<II", end, 0)
    return struct.pack("<QII", 0, n, 0) + bytes(index) + bytes(body)


def table_symbols(funcs: list[tuple[Symbol, int]]) -> list[Symbol]:
    """The table and the runtime's pointer to it."""
    data = build(funcs)
    relocs = [Reloc(0, RelocKind.ABS64, min(funcs, key=lambda f: f[1])[0].name)] if funcs else []
    table = Symbol(TABLE, SymKind.RODATA, data, align=8, relocs=relocs)
    ptr = Symbol(POINTER, SymKind.DATA, bytes(8), align=8, relocs=[Reloc(0, RelocKind.ABS64, TABLE)])
    return [table, ptr]


def _outermost(value: int, parents: list[int]) -> int:
    """The line, in the function's own file, of a line value of its inline tree."""
    while value >> INL_SHIFT:
        value = parents[value >> INL_SHIFT]
    return value


def read(data: bytes, at: int = 0) -> list[FuncEntry]:
    """Decode a table at ``data[at:]`` (``pogo tool objdump``/``nm``); ValueError if malformed."""
    try:
        first, n, _ = struct.unpack_from("<QII", data, at)
        out: list[FuncEntry] = []
        for k in range(n):
            entry, rec = struct.unpack_from("<II", data, at + HEADER + 8 * k)
            end, _ = struct.unpack_from("<II", data, at + HEADER + 8 * (k + 1))
            i = at + rec
            ln, i = pctab.get_uvarint(data, i)
            name = data[i : i + ln].decode()
            i += ln
            foff, i = pctab.get_uvarint(data, i)
            file = ""
            if foff:
                fl, j = pctab.get_uvarint(data, at + foff)
                file = data[j : j + fl].decode()
            flags, i = pctab.get_uvarint(data, i)
            args, i = pctab.get_uvarint(data, i)
            ninl, i = pctab.get_uvarint(data, i)
            parents = [0]
            for _ in range(ninl):
                ln, i = pctab.get_uvarint(data, i)
                i += ln
                _, i = pctab.get_uvarint(data, i)
                parent, i = pctab.get_uvarint(data, i)
                parents.append(parent)
            nmap, i = pctab.get_uvarint(data, i)
            i += nmap
            # inlined code is shown at the line of the outermost call (the function's own file)
            lines = [(lo, hi, _outermost(v, parents)) for lo, hi, v in pctab.runs(data, end - entry, 0, i)]
            out.append(FuncEntry(name, first + entry, first + end, file, bool(flags & 1), args - 1, lines))
        return out
    except (struct.error, IndexError, UnicodeDecodeError) as e:
        raise ValueError(f"malformed function table: {e}") from e


def with_functab(symbols: list[Symbol]) -> Image:
    """Lay out ``symbols`` plus the function table. Text comes first in the image, so
    adding read-only data does not move it: a first layout gives the functions'
    addresses, the table is built from them, and a second layout places everything.
    When the runtime has no ``functab`` variable (nothing prints tracebacks), there is
    no table."""
    if not any(s.name == POINTER for s in symbols):
        return layout(symbols)
    symbols = [s for s in symbols if s.name != POINTER]
    first = layout(symbols)
    funcs = [(s, first.addr[s.name]) for s in symbols if s.kind == SymKind.TEXT]
    img = layout(symbols + table_symbols(funcs))
    assert all(img.addr[s.name] == a for s, a in funcs), "the function table moved the text"
    return img
