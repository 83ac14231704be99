"""The function table the runtime's tracebacks and ``pogo tool objdump`` read.

gc's tables (pclntab) live in read-only data, not in the ELF symbol table, so ``-s``
does not break tracebacks; ours do the same. One RODATA symbol, ``runtime.functab·data``,
laid out as (little-endian, offsets from the table's start)::

    +0   u64  address of the first function (ABS64 relocation)
    +8   u32  number of functions n
    +12  u32  offset of the name pool
    +16  u32  size of the whole table
    +20  u32  pool offset of the file names' shared directory (0: none)
    +24  (n+1) × 6 bytes {u24 entry - first address, u24 offset of the function's record}
         sorted by entry; the last pair is {end of the last function, 0} (so code and
         table are each limited to 16 MB; the linker says so past that)
    file table: u32 per source file: pool offset of its name, with bit 31 set when
         the name is the shared directory followed by that pool string (standard
         library files all start with pogo's GOROOT/src/, which would else be stored
         once per file)
    records, each: uvarint pool offset of the name, uvarint file number + 1 (0: none),
         uvarint flags (bit 0: wrapper, hidden in tracebacks) | inline records << 1,
         uvarint argument words + 1 (0: unknown), the inline tree (per record: uvarint
         pool offset of the name, uvarint file number + 1, uvarint parent line value),
         uvarint length and bytes of the stack maps (``compile/amd64/stackmap.py``:
         words per map, map count, the maps, a pc→map table; empty: none, the
         collector scans the frame conservatively), then the pc→line table
         (``pogo.obj.pctab``, start value 0)
    name pool: a NUL byte, then NUL-terminated strings

The name pool has the layout of an ELF string table, and it is one: unless ``-s``,
it also holds the name of every other symbol, and the linker's ``.symtab`` uses it as
its ``.strtab`` (elf.py), so a function's name is stored once for both.

The runtime's variable ``runtime.functab`` becomes a data word pointing at the table.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from pogo.link.layout import Image, layout
from pogo.link.load import LinkError
from pogo.obj import pctab
from pogo.obj.objfile import Reloc, RelocKind, Symbol, SymKind
from pogo.obj.pctab import INL_SHIFT

TABLE = "runtime.functab·data"
SECTION = ".pogo.functab"  # the table's own section header, so tools find it without .symtab
POINTER = "runtime.functab"
HEADER = 24
ENTRY = 6  # bytes per index entry
SHARED_BIT = 1 << 31  # a file table entry names the rest of a path in the shared directory


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


# Linker-generated data that the ELF symbol table leaves out: anonymous string data
# (hundreds of names that only repeat a hash), type descriptors and itabs (their names
# only repeat a type's, and debuggers and profilers resolve code and variables, not
# these), and the compiler's static helper objects of package variables (``V·stmpN``,
# ``V·sobjN``, reached only through ``V``). About 1.8 KB of a hello world's 10 KB of
# symbols; the same symbols are still listed by ``pogo tool nm`` on archives.
_UNLISTED_PREFIXES = ("go:string.", "type:", "go:itab.")
_UNLISTED_PARTS = ("·stmp", "·sobj")


def listed(name: str) -> bool:
    """Whether the ELF symbol table lists a symbol (see above)."""
    return not name.startswith(_UNLISTED_PREFIXES) and not any(p in name for p in _UNLISTED_PARTS)


class _Pool:
    """The NUL-terminated name pool (an ELF string table)."""

    def __init__(self) -> None:
        self.data = bytearray(b"\0")
        self.index: dict[str, int] = {"": 0}

    def add(self, name: str) -> int:
        i = self.index.get(name)
        if i is None:
            i = self.index[name] = len(self.data)
            self.data += name.encode() + b"\0"
        return i


def build(funcs: list[tuple[Symbol, int]], names: list[str] | None = None) -> bytes:
    """The table's bytes for ``funcs`` (symbol, address), without the relocation at +0;
    ``names`` are other symbol names the pool should hold for the ELF symbol table."""
    funcs = sorted(funcs, key=lambda f: f[1])
    n = len(funcs)
    first = funcs[0][1] if funcs else 0
    pool = _Pool()
    for s, _addr in funcs:
        pool.add(s.name)
    for name in names or []:
        pool.add(name)
    files: dict[str, int] = {}
    for s, _addr in funcs:
        for f in [s.file, *(file for _, file, _ in s.inl)]:
            if f and f not in files:
                files[f] = len(files) + 1
    head = HEADER + ENTRY * (n + 1)
    shared = shared_dir(list(files))
    filetab = b"".join(struct.pack("<I", SHARED_BIT | pool.add(f[len(shared):]) if shared and f.startswith(shared)
                                   else pool.add(f)) for f in files)
    shared_off = pool.add(shared) if shared else 0
    index = bytearray()
    body = bytearray()
    base = head + len(filetab)
    for k, (s, addr) in enumerate(funcs):
        # a function's table also covers the padding up to the next one
        size = funcs[k + 1][1] - addr if k + 1 < n else s.length
        rec = bytearray()
        pctab.put_uvarint(rec, pool.add(s.name))
        pctab.put_uvarint(rec, files.get(s.file, 0))
        pctab.put_uvarint(rec, (1 if is_wrapper(s) else 0) | len(s.inl) << 1)
        pctab.put_uvarint(rec, s.args + 1 if s.args >= 0 else 0)
        for name, file, parent in s.inl:  # the inline tree: name, file, parent line value
            pctab.put_uvarint(rec, pool.add(name))
            pctab.put_uvarint(rec, files.get(file, 0))
            pctab.put_uvarint(rec, parent)
        pctab.put_uvarint(rec, len(s.stackmap))
        rec += s.stackmap
        rec += pctab.encode([(ln.pc_offset, ln.line) for ln in s.lines], size)
        index += _entry(addr - first, base + len(body))
        body += rec
    end = funcs[-1][1] + funcs[-1][0].length - first if funcs else 0
    index += _entry(end, 0)
    pool_off = base + len(body)
    total = pool_off + len(pool.data)
    return struct.pack("<QIIII", 0, n, pool_off, total, shared_off) + bytes(index) + filetab + bytes(body) + bytes(pool.data)


def _entry(offset: int, record: int) -> bytes:
    """One 6-byte index entry."""
    if offset >> 24 or record >> 24:
        raise LinkError("pogo: code or function table larger than 16 MB not supported yet")
    return (offset | record << 24).to_bytes(ENTRY, "little")


def shared_dir(files: list[str]) -> str:
    """The directory prefix (ending in /) whose sharing saves the most pool bytes."""
    best, saved = "", 0
    for cand in {f[: i + 1] for f in files for i, c in enumerate(f) if c == "/"}:
        gain = len(cand) * (sum(1 for f in files if f.startswith(cand)) - 1)
        if gain > saved or gain == saved and cand < best:
            best, saved = cand, gain
    return best


def pool_bounds(data: bytes, at: int = 0) -> tuple[int, int]:
    """(offset, size) of the name pool of the table at ``data[at:]``."""
    _, _, pool, total = struct.unpack_from("<QIII", data, at)
    return pool, total - pool


def table_symbols(funcs: list[tuple[Symbol, int]], names: list[str] | None = None) -> list[Symbol]:
    """The table and the runtime's pointer to it."""
    data = build(funcs, names)
    relocs = [Reloc(0, RelocKind.ABS64, min(funcs, key=lambda f: f[1])[0].name)] if funcs else []
    table = Symbol(TABLE, SymKind.RODATA, data, align=8, relocs=relocs)
    ptr = Symbol(POINTER, SymKind.DATA, bytes(8), align=8, relocs=[Reloc(0, RelocKind.ABS64, TABLE)])
    return [table, ptr]


def _outermost(value: int, parents: list[int]) -> int:
    """The line, in the function's own file, of a line value of its inline tree."""
    while value >> INL_SHIFT:
        value = parents[value >> INL_SHIFT]
    return value


def _read_entry(data: bytes, at: int) -> tuple[int, int]:
    v = int.from_bytes(data[at : at + ENTRY], "little")
    if len(data) < at + ENTRY:
        raise IndexError("truncated index")
    return v & 0xFFFFFF, v >> 24


def read(data: bytes, at: int = 0) -> list[FuncEntry]:
    """Decode a table at ``data[at:]`` (``pogo tool objdump``/``nm``); ValueError if malformed."""

    def cstr(off: int) -> str:
        i = at + pool + off
        return data[i : data.index(b"\0", i)].decode()

    def file(num: int) -> str:
        if not num:
            return ""
        ref = struct.unpack_from("<I", data, at + HEADER + ENTRY * (n + 1) + 4 * (num - 1))[0]
        return (cstr(shared) if ref & SHARED_BIT else "") + cstr(ref & ~SHARED_BIT)

    try:
        first, n, pool, _, shared = struct.unpack_from("<QIIII", data, at)
        out: list[FuncEntry] = []
        for k in range(n):
            entry, rec = _read_entry(data, at + HEADER + ENTRY * k)
            end, _ = _read_entry(data, at + HEADER + ENTRY * (k + 1))
            i = at + rec
            noff, i = pctab.get_uvarint(data, i)
            fnum, i = pctab.get_uvarint(data, i)
            flags, i = pctab.get_uvarint(data, i)
            args, i = pctab.get_uvarint(data, i)
            parents = [0]
            for _ in range(flags >> 1):
                _, i = pctab.get_uvarint(data, i)
                _, i = pctab.get_uvarint(data, i)
                parent, i = pctab.get_uvarint(data, i)
                parents.append(parent)
            nmap, i = pctab.get_uvarint(data, i)
            i += nmap
            # inlined code is shown at the line of the outermost call (the function's own file)
            lines = [(lo, hi, _outermost(v, parents)) for lo, hi, v in pctab.runs(data, end - entry, 0, i)]
            out.append(FuncEntry(cstr(noff), first + entry, first + end, file(fnum), bool(flags & 1), args - 1,
                                 lines))
        return out
    except (struct.error, IndexError, ValueError, UnicodeDecodeError) as e:
        raise ValueError(f"malformed function table: {e}") from e


def with_functab(symbols: list[Symbol], symtab: bool = False) -> Image:
    """Lay out ``symbols`` plus the function table. Text comes first in the image, so
    adding read-only data does not move it: a first layout gives the functions'
    addresses, the table is built from them, and a second layout places everything.
    When the runtime has no ``functab`` variable (nothing prints tracebacks), there is
    no table. With ``symtab``, the table's name pool also holds every other symbol's
    name, for the ELF symbol table."""
    if not any(s.name == POINTER for s in symbols):
        return layout(symbols)
    symbols = [s for s in symbols if s.name != POINTER]
    first = layout(symbols)
    funcs = [(s, first.addr[s.name]) for s in symbols if s.kind == SymKind.TEXT]
    names = [s.name for sec in first.sections for s in sec.symbols if s.kind != SymKind.TEXT and listed(s.name)]
    names += [TABLE, POINTER]
    img = layout(symbols + table_symbols(funcs, names if symtab else None))
    assert all(img.addr[s.name] == a for s, a in funcs), "the function table moved the text"
    return img
