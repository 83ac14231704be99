"""pogo's object/archive format: one file per compiled package (``_pkg_.a``).

An archive holds the package's machine-code and data symbols with their relocations, the
list of packages it imports (the linker orders initialisation by it), and the export data
its importers' type checkers read. Layout on disk::

    magic  b"POGOARC\\n"          8 bytes
    version                       u32 little-endian
    payload length                u64
    sha256(payload)               32 bytes
    payload                       see _Writer below

A file whose magic, version, length or hash does not match is rejected with ObjError, so
a damaged or foreign file is never trusted.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass, field
from enum import IntEnum

MAGIC = b"POGOARC\n"
VERSION = 6


class ObjError(Exception):
    """A file that is not a valid pogo archive of this version."""


class SymKind(IntEnum):
    TEXT = 1  # machine code, R+X
    RODATA = 2  # read-only data: strings, type descriptors, tables
    DATA = 3  # initialised writable data
    BSS = 4  # zero-initialised writable data (no bytes stored; ``size`` counts)


class RelocKind(IntEnum):
    ABS64 = 1  # write u64(S + A)
    PCREL32 = 2  # write i32(S + A - P), P = address of the 4-byte field
    WEAK64 = 3  # u64(S + A) when S is linked for another reason, else 0 (reflect-only data)
    ABS32 = 4  # write u32(S + A), below 2**31 so that zero- and sign-extending uses agree
    WEAKPC32 = 5  # linker-internal: PCREL32 to a target the linker may drop (link/lazy.py), then S = 0
    WEAKABS32 = 6  # linker-internal: the same for ABS32


# A relocation to ``type:T#shape`` is a reference to type:T by code that reads only
# its size, ptrdata and gcdata (the allocation calls below): if nothing else links T,
# the linker keeps only that header (link/deadcode.py), not T's names, fields and methods.
SHAPE_SUFFIX = "#shape"
SHAPE_CALLS = frozenset({"runtime.newobject", "runtime.newarray", "runtime.makeslice", "runtime.growslice",
                         "runtime.growsliceBuf", "runtime.moveSlice", "runtime.moveSliceNoCap"})


@dataclass(slots=True)
class Reloc:
    offset: int  # within the symbol's data
    kind: RelocKind
    sym: str  # target symbol name
    addend: int = 0


@dataclass(slots=True)
class LineEntry:
    """From ``pc_offset`` (inclusive, within the function) on, code belongs to ``line``."""

    pc_offset: int
    line: int


@dataclass(slots=True)
class Symbol:
    name: str
    kind: SymKind
    data: bytes = b""
    size: int = 0  # BSS size; for others len(data) if 0
    align: int = 1
    relocs: list[Reloc] = field(default_factory=list)
    dupok: bool = False  # identical definitions in several archives are merged
    file: str = ""  # TEXT only: source file, for tracebacks
    lines: list[LineEntry] = field(default_factory=list)  # TEXT only
    args: int = -1  # TEXT only: argument words (tracebacks print them), -1 if unknown
    # DATA/BSS: pointer bitmap, bit i set when word i holds a pointer (least significant
    # bit first); None: unknown, the collector scans every word.
    gcmask: bytes | None = None
    # TEXT only: the inline tree, (function, file, call-site line value) per inlined
    # call; a line value's bits from 24 up name a record (1-based), see ir/nodes.py
    inl: list[tuple[str, str, int]] = field(default_factory=list)
    # TEXT only: the stack maps (compile/amd64/stackmap.py's encoding), b"" for none
    stackmap: bytes = b""

    @property
    def length(self) -> int:
        return self.size if self.kind == SymKind.BSS else len(self.data)


@dataclass(slots=True)
class Archive:
    path: str  # import path ("main" for the main package)
    imports: list[str] = field(default_factory=list)
    symbols: list[Symbol] = field(default_factory=list)
    export: bytes = b""  # export data, read by importers' type checkers
    init: str = ""  # name of the package's init function symbol, "" if none


class _Writer:
    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def uvarint(self, v: int) -> None:
        out = bytearray()
        while v >= 0x80:
            out.append((v & 0x7F) | 0x80)
            v >>= 7
        out.append(v)
        self.parts.append(bytes(out))

    def svarint(self, v: int) -> None:
        self.uvarint((v << 1) if v >= 0 else ((-v << 1) - 1))

    def blob(self, b: bytes) -> None:
        self.uvarint(len(b))
        self.parts.append(b)

    def str(self, s: str) -> None:
        self.blob(s.encode())


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.i = 0

    def uvarint(self) -> int:
        v = shift = 0
        while True:
            if self.i >= len(self.data):
                raise ObjError("truncated payload")
            b = self.data[self.i]
            self.i += 1
            v |= (b & 0x7F) << shift
            if b < 0x80:
                return v
            shift += 7

    def svarint(self) -> int:
        u = self.uvarint()
        return (u >> 1) if not u & 1 else -((u + 1) >> 1)

    def blob(self) -> bytes:
        return self.take(self.uvarint())

    def take(self, n: int) -> bytes:
        if self.i + n > len(self.data):
            raise ObjError("truncated payload")
        b = self.data[self.i : self.i + n]
        self.i += n
        return b

    def str(self) -> str:
        return self.blob().decode()


def encode(a: Archive) -> bytes:
    w = _Writer()
    w.str(a.path)
    w.str(a.init)
    w.uvarint(len(a.imports))
    for imp in a.imports:
        w.str(imp)
    w.blob(a.export)
    w.uvarint(len(a.symbols))
    for s in a.symbols:
        w.str(s.name)
        w.uvarint(int(s.kind))
        w.blob(s.data)
        w.uvarint(s.size)
        w.uvarint(s.align)
        w.uvarint(1 if s.dupok else 0)
        w.str(s.file)
        w.uvarint(len(s.lines))
        for ln in s.lines:
            w.uvarint(ln.pc_offset)
            w.uvarint(ln.line)
        w.uvarint(s.args + 1)
        w.uvarint(len(s.relocs))
        for r in s.relocs:
            w.uvarint(r.offset)
            w.uvarint(int(r.kind))
            w.str(r.sym)
            w.svarint(r.addend)
        if s.gcmask is None:
            w.uvarint(0)
        else:
            w.uvarint(len(s.gcmask) + 1)
            w.parts.append(s.gcmask)
        w.uvarint(len(s.inl))
        for name, file, parent in s.inl:
            w.str(name)
            w.str(file)
            w.uvarint(parent)
        w.blob(s.stackmap)
    payload = b"".join(w.parts)
    header = MAGIC + struct.pack("<IQ", VERSION, len(payload)) + hashlib.sha256(payload).digest()
    return header + payload


def decode(data: bytes, what: str = "archive") -> Archive:
    return _decode(data, what, symbols=True)


def _decode(data: bytes, what: str, symbols: bool) -> Archive:
    if len(data) < 52 or data[:8] != MAGIC:
        raise ObjError(f"{what}: not a pogo archive")
    version, n = struct.unpack_from("<IQ", data, 8)
    if version != VERSION:
        raise ObjError(f"{what}: archive format version {version}, want {VERSION}")
    payload = data[52:]
    if len(payload) != n or hashlib.sha256(payload).digest() != data[20:52]:
        raise ObjError(f"{what}: archive is damaged (length or checksum mismatch)")
    r = _Reader(payload)
    try:
        a = Archive(path=r.str(), init=r.str())
        a.imports = [r.str() for _ in range(r.uvarint())]
        a.export = r.blob()
        for _ in range(r.uvarint() if symbols else 0):
            s = Symbol(name=r.str(), kind=SymKind(r.uvarint()), data=r.blob())
            s.size = r.uvarint()
            s.align = r.uvarint()
            s.dupok = r.uvarint() == 1
            s.file = r.str()
            s.lines = [LineEntry(r.uvarint(), r.uvarint()) for _ in range(r.uvarint())]
            s.args = r.uvarint() - 1
            for _ in range(r.uvarint()):
                s.relocs.append(Reloc(r.uvarint(), RelocKind(r.uvarint()), r.str(), r.svarint()))
            n = r.uvarint()
            if n:
                s.gcmask = r.take(n - 1)
            s.inl = [(r.str(), r.str(), r.uvarint()) for _ in range(r.uvarint())]
            s.stackmap = r.blob()
            a.symbols.append(s)
    except (ValueError, UnicodeDecodeError) as e:
        raise ObjError(f"{what}: malformed payload: {e}") from e
    return a


def write_archive(path: str, a: Archive) -> None:
    with open(path, "wb") as f:
        f.write(encode(a))


def read_archive(path: str) -> Archive:
    with open(path, "rb") as f:
        return decode(f.read(), path)


def read_export(path: str) -> Archive:
    """The archive's header and export data only (what a compiler's importer needs), its
    symbols left unread."""
    with open(path, "rb") as f:
        return _decode(f.read(), path, symbols=False)
