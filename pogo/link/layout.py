"""Assign every kept symbol an address, then patch relocations into the bytes.

The image starts at ``BASE`` like Go's amd64 executables: the ELF and program headers sit
at its start, then the build-ID note, and code follows them at BASE+0x1d0, then read-only
data, then writable data
and bss. The file has no padding between sections, but in memory each kind starts on its
own page so each can get its own protection, at an address congruent to its file offset
modulo the page size, as ELF requires.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from pogo.link.gcroots import BSS_ALIGN, BSS_END, DATA_START, GC_DATA_BOUNDS, bounds_symbol, mask_symbol
from pogo.link.load import LinkError
from pogo.obj.objfile import RelocKind, Symbol, SymKind

BASE = 0x400000
PAGE = 0x1000
TEXT_OFFSET = 0x1D0  # the ELF header, 6 program headers and the 60-byte build-ID note, 16-aligned


@dataclass
class Section:
    name: str
    kind: SymKind
    offset: int = 0  # file offset (for bss: where it would start)
    addr: int = 0
    size: int = 0  # memory size
    data: bytearray = field(default_factory=bytearray)  # empty for bss
    symbols: list[Symbol] = field(default_factory=list)


@dataclass
class Image:
    sections: list[Section]  # .text, .rodata, .data, .bss (some may be empty)
    addr: dict[str, int]  # symbol -> address

    def section(self, name: str) -> Section:
        for s in self.sections:
            if s.name == name:
                return s
        raise KeyError(name)


_NAMES = {SymKind.TEXT: ".text", SymKind.RODATA: ".rodata", SymKind.DATA: ".data", SymKind.BSS: ".bss"}


def _align(v: int, a: int) -> int:
    return (v + a - 1) & -a


def layout(symbols: list[Symbol]) -> Image:
    symbols = [bounds_symbol(s) if s.name == GC_DATA_BOUNDS else s for s in symbols]
    secs = {k: Section(name, k) for k, name in _NAMES.items()}
    for s in symbols:
        secs[s.kind].symbols.append(s)
    offs: dict[str, int] = {}
    if any(s.name == GC_DATA_BOUNDS for s in symbols):
        mask, offs = mask_symbol(secs[SymKind.DATA].symbols, secs[SymKind.BSS].symbols)
        secs[SymKind.RODATA].symbols.insert(0, mask)  # the function table stays last (elf.py)
    addr: dict[str, int] = {}
    off = TEXT_OFFSET
    end = BASE + off  # end of the previous section in memory
    for kind in (SymKind.TEXT, SymKind.RODATA, SymKind.DATA, SymKind.BSS):
        sec = secs[kind]
        if kind == SymKind.BSS:
            # bss follows data directly in memory and takes no file space.
            data = secs[SymKind.DATA]
            start = _align(data.addr + data.size, BSS_ALIGN)
            sec.offset = data.offset + (start - data.addr)
            sec.addr = start
        else:
            # Sections follow each other in the file with no page padding; each
            # starts on a fresh page in memory (its own protection) at an
            # address congruent to its file offset modulo the page size.
            # .data keeps .bss's alignment, which the collector's root map assumes (gcroots.py).
            align = BSS_ALIGN if kind == SymKind.DATA else max((s.align for s in sec.symbols), default=1)
            off = _align(off, align)
            sec.offset = off
            sec.addr = _align(end, PAGE) + off % PAGE if kind != SymKind.TEXT else BASE + off
        pos = 0
        for s in sec.symbols:
            pad = _align(pos, max(s.align, 1)) - pos
            if kind != SymKind.BSS:
                # Pad code with int3 so a stray jump traps instead of sliding on.
                sec.data += (b"\xcc" if kind == SymKind.TEXT else b"\0") * pad
                sec.data += s.data
            addr[s.name] = sec.addr + pos + pad
            pos += pad + s.length
        sec.size = pos
        off += pos
        end = sec.addr + pos
    addr[DATA_START] = secs[SymKind.DATA].addr
    for name, off in offs.items():
        if addr[name] != addr[DATA_START] + off:
            raise LinkError(f"{name}: placed apart from the collector's map of the globals")
    addr[BSS_END] = secs[SymKind.BSS].addr + secs[SymKind.BSS].size
    return Image([secs[k] for k in (SymKind.TEXT, SymKind.RODATA, SymKind.DATA, SymKind.BSS)], addr)


def relocate(img: Image) -> None:
    """Write every relocation's value into its section's bytes."""
    for sec in img.sections:
        if sec.kind == SymKind.BSS:
            continue
        for s in sec.symbols:
            base = img.addr[s.name]
            at0 = base - sec.addr
            for r in s.relocs:
                if r.kind == RelocKind.WEAK64 and r.sym not in img.addr:
                    continue  # the bytes stay 0
                weak = r.kind in (RelocKind.WEAKPC32, RelocKind.WEAKABS32) and r.sym not in img.addr
                target = 0 if weak else img.addr[r.sym] + r.addend
                at = at0 + r.offset
                if r.kind in (RelocKind.ABS64, RelocKind.WEAK64):
                    struct.pack_into("<Q", sec.data, at, target)
                elif r.kind in (RelocKind.ABS32, RelocKind.WEAKABS32):
                    if not 0 <= target < (1 << 31):
                        raise LinkError(f"{s.name}: relocation target {r.sym} above 2 GB")
                    struct.pack_into("<I", sec.data, at, target)
                elif r.kind in (RelocKind.PCREL32, RelocKind.WEAKPC32):
                    v = target - (base + r.offset)
                    if not -(1 << 31) <= v < (1 << 31):
                        raise LinkError(f"{s.name}: relocation target {r.sym} too far")
                    struct.pack_into("<i", sec.data, at, v)
                else:
                    raise LinkError(f"{s.name}: unknown relocation kind {r.kind}")
