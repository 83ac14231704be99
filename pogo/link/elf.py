"""Write a static ELF64 x86-64 executable: no interpreter, no dynamic section.

Program headers: PT_PHDR, one PT_LOAD per protection (text R+X including the headers,
rodata R, data+bss RW), PT_GNU_STACK (non-executable stack) and PT_NOTE for the build-ID
note, which sits in the first page right after the program headers. Section headers name
.text/.rodata/.data/.bss and, unless stripped, .symtab/.strtab so ``readelf`` and
``objdump -d`` can show functions by name.
"""

from __future__ import annotations

import struct

from pogo.link.buildid import SECTION as NOTE_SECTION
from pogo.link.buildid import note
from pogo.link.functab import SECTION, TABLE, listed, pool_bounds
from pogo.link.layout import BASE, PAGE, Image
from pogo.obj.objfile import SymKind

EHDR_SIZE = 64
PHDR_SIZE = 56
SHDR_SIZE = 64

PT_LOAD, PT_NOTE, PT_PHDR, PT_GNU_STACK = 1, 4, 6, 0x6474E551
PF_X, PF_W, PF_R = 1, 2, 4
SHT_PROGBITS, SHT_SYMTAB, SHT_STRTAB, SHT_NOTE, SHT_NOBITS = 1, 2, 3, 7, 8
SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR = 1, 2, 4
STT_OBJECT, STT_FUNC = 1, 2
STB_GLOBAL = 1


class _StrTab:
    def __init__(self, pool: bytes = b"\0") -> None:
        self.data = bytearray(pool)
        self.index: dict[str, int] = {}
        start = 0
        for k, b in enumerate(pool):  # every name a shared pool already holds
            if b == 0:
                self.index.setdefault(pool[start:k].decode(errors="replace"), start)
                start = k + 1

    def add(self, s: str) -> int:
        i = self.index.get(s)
        if i is None:
            i = len(self.data)
            self.data += s.encode() + b"\0"
            self.index[s] = i
        return i


def write_elf(img: Image, entry: int, strip: bool, build_id: str = "") -> bytes:
    text, rodata, data, bss = img.sections
    nphdr = 6
    phoff = EHDR_SIZE
    note_off = phoff + nphdr * PHDR_SIZE
    note_data = note(build_id) if build_id else b""
    assert note_off + len(note_data) <= text.offset

    out = bytearray(text.offset)
    for sec in (text, rodata, data):
        if sec.data:
            out += bytes(sec.offset - len(out))
            out += sec.data

    shstr = _StrTab()
    # (name, type, flags, addr, offset, size, link, info, align, entsize)
    shdrs: list[tuple[int, int, int, int, int, int, int, int, int, int]] = [(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)]
    flags = {
        ".text": SHF_ALLOC | SHF_EXECINSTR,
        ".rodata": SHF_ALLOC,
        ".data": SHF_ALLOC | SHF_WRITE,
        ".bss": SHF_ALLOC | SHF_WRITE,
    }
    secindex: dict[str, int] = {}
    pool: tuple[int, int, int] | None = None  # the function table's name pool: addr, offset, size
    if note_data:
        shdrs.append((shstr.add(NOTE_SECTION), SHT_NOTE, SHF_ALLOC, BASE + note_off, note_off, len(note_data),
                      0, 0, 4, 0))
    for sec in img.sections:
        if sec.size == 0 and sec.name != ".text":
            continue
        secindex[sec.name] = len(shdrs)
        typ = SHT_NOBITS if sec.kind == SymKind.BSS else SHT_PROGBITS
        align = max((s.align for s in sec.symbols), default=1)
        size = sec.size
        table = sec.symbols[-1] if sec.kind == SymKind.RODATA and sec.symbols else None
        if table is not None and table.name == TABLE:
            size = img.addr[TABLE] - sec.addr  # the function table gets a section of its own
        shdrs.append((shstr.add(sec.name), typ, flags[sec.name], sec.addr, sec.offset, size, 0, 0, align, 0))
        if table is not None and table.name == TABLE:
            tlen = table.length
            poff, plen = pool_bounds(table.data)
            if not strip:  # the pool is the symbol table's string table (functab.py)
                pool = (sec.addr + size + poff, sec.offset + size + poff, plen)
                tlen = poff
            shdrs.append((shstr.add(SECTION), SHT_PROGBITS, SHF_ALLOC, sec.addr + size, sec.offset + size,
                          tlen, 0, 0, 8, 0))

    if not strip:
        strtab = _StrTab(bytes(out[pool[1] : pool[1] + pool[2]]) if pool is not None else b"\0")
        syms = bytearray(24)  # the null symbol
        for sec in img.sections:
            if sec.name not in secindex:
                continue
            styp = STT_FUNC if sec.kind == SymKind.TEXT else STT_OBJECT
            for s in sec.symbols:
                if not listed(s.name):
                    continue
                syms += struct.pack(
                    "<IBBHQQ", strtab.add(s.name), (STB_GLOBAL << 4) | styp, 0, secindex[sec.name],
                    img.addr[s.name], s.length,
                )
        symtab_index = len(shdrs)
        out += bytes(-len(out) % 8)
        shdrs.append((shstr.add(".symtab"), SHT_SYMTAB, 0, 0, len(out), len(syms), symtab_index + 1, 1, 8, 24))
        out += syms
        if pool is not None and len(strtab.data) == pool[2]:
            shdrs.append((shstr.add(".strtab"), SHT_STRTAB, SHF_ALLOC, pool[0], pool[1], pool[2], 0, 0, 1, 0))
        else:  # no pool, or names it lacks: a string table of its own (starting with the pool's)
            shdrs.append((shstr.add(".strtab"), SHT_STRTAB, 0, 0, len(out), len(strtab.data), 0, 0, 1, 0))
            out += strtab.data
    shstrndx = len(shdrs)
    name = shstr.add(".shstrtab")
    shdrs.append((name, SHT_STRTAB, 0, 0, len(out), len(shstr.data), 0, 0, 1, 0))
    out += shstr.data
    out += bytes(-len(out) % 8)
    shoff = len(out)
    for sh in shdrs:
        out += struct.pack("<IIQQQQIIQQ", *sh)

    ident = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)  # 64-bit, little-endian, v1, SysV
    ehdr = ident + struct.pack(
        "<HHIQQQIHHHHHH", 2, 62, 1, entry, phoff, shoff, 0, EHDR_SIZE, PHDR_SIZE, nphdr, SHDR_SIZE,
        len(shdrs), shstrndx,
    )
    text_end = text.offset + len(text.data)
    phdrs = [
        (PT_PHDR, PF_R, phoff, BASE + phoff, nphdr * PHDR_SIZE, nphdr * PHDR_SIZE, 8),
        (PT_LOAD, PF_R | PF_X, 0, BASE, text_end, text_end, PAGE),
        (PT_LOAD, PF_R, rodata.offset, rodata.addr, len(rodata.data), rodata.size, PAGE),
        (PT_LOAD, PF_R | PF_W, data.offset, data.addr, len(data.data), bss.addr + bss.size - data.addr, PAGE),
        (PT_GNU_STACK, PF_R | PF_W, 0, 0, 0, 0, 8),
    ]
    if note_data:
        phdrs.append((PT_NOTE, PF_R, note_off, BASE + note_off, len(note_data), len(note_data), 4))
    # Keep the header count fixed; a segment with nothing in it becomes a harmless PT_NULL.
    ph = bytearray()
    for typ, fl, off, vaddr, filesz, memsz, align in phdrs:
        if typ == PT_LOAD and memsz == 0 or typ == PT_NOTE and not memsz:
            typ = 0
        ph += struct.pack("<IIQQQQQQ", typ, fl, off, vaddr, vaddr, filesz, memsz, align)
    ph += bytes(nphdr * PHDR_SIZE - len(ph))
    out[0:EHDR_SIZE] = ehdr
    out[phoff : phoff + len(ph)] = ph
    out[note_off : note_off + len(note_data)] = note_data
    return bytes(out)
