"""A minimal reader for the static ELF64 executables pogo's linker writes: sections,
the symbol table, the function table and the build-ID note."""

from __future__ import annotations

import struct
from dataclasses import dataclass

from pogo.link import functab


class FormatError(Exception):
    """Not an ELF64 little-endian file we can read."""


@dataclass(slots=True)
class Section:
    name: str
    type: int
    flags: int
    addr: int
    offset: int
    size: int


@dataclass(slots=True)
class ElfSymbol:
    name: str
    addr: int
    size: int
    code: str  # nm's letter: T, R, D, B


SHT_NOBITS = 8
SHF_WRITE, SHF_EXECINSTR = 1, 4


class ElfFile:
    def __init__(self, data: bytes) -> None:
        if len(data) < 64 or data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            raise FormatError("not an ELF64 little-endian file")
        self.data = data
        try:
            shoff, = struct.unpack_from("<Q", data, 0x28)
            shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
            raw = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
            strtab = raw[shstrndx]
            self.sections: list[Section] = []
            self._raw = raw
            for sh in raw:
                self.sections.append(Section(self._str(strtab[4], sh[0]), sh[1], sh[2], sh[3], sh[4], sh[5]))
        except (struct.error, IndexError) as e:
            raise FormatError(f"malformed section headers: {e}") from e

    def _str(self, off: int, i: int) -> str:
        end = self.data.index(b"\0", off + i)
        return self.data[off + i : end].decode(errors="replace")

    def section(self, name: str) -> Section | None:
        return next((s for s in self.sections if s.name == name), None)

    def section_data(self, s: Section) -> bytes:
        return b"" if s.type == SHT_NOBITS else self.data[s.offset : s.offset + s.size]

    def read(self, addr: int, n: int) -> bytes:
        for s in self.sections:
            if s.addr and s.type != SHT_NOBITS and s.addr <= addr < s.addr + s.size:
                off = s.offset + addr - s.addr
                return self.data[off : off + n]
        return b""

    def symbols(self) -> list[ElfSymbol]:
        """The .symtab entries (empty when the executable was linked with -s)."""
        out: list[ElfSymbol] = []
        for k, s in enumerate(self.sections):
            if s.type != 2:  # SHT_SYMTAB
                continue
            strsec = self.sections[self._raw[k][6]]
            for i in range(1, s.size // 24):
                name, info, _, shndx, value, size = struct.unpack_from("<IBBHQQ", self.data, s.offset + 24 * i)
                sec = self.sections[shndx] if 0 < shndx < len(self.sections) else None
                if sec is None:
                    code = "U"
                elif sec.flags & SHF_EXECINSTR:
                    code = "T"
                elif sec.type == SHT_NOBITS:
                    code = "B"
                elif sec.flags & SHF_WRITE:
                    code = "D"
                else:
                    code = "R"
                out.append(ElfSymbol(self._str(strsec.offset, name), value, size, code))
        return out

    def functions(self) -> list[functab.FuncEntry]:
        """The linker's function table (its own section, present even with -s)."""
        s = self.section(functab.SECTION)
        if s is None:
            return []
        # the table runs on past its section into its name pool (functab.py)
        try:
            pool, size = functab.pool_bounds(self.data, s.offset)
        except struct.error as e:
            raise ValueError(f"malformed function table: {e}") from e
        return functab.read(self.data[s.offset : s.offset + pool + size])

    def notes(self) -> list[tuple[str, int, bytes]]:
        """(name, type, descriptor) of every SHT_NOTE section's notes."""
        out = []
        for s in self.sections:
            if s.type != 7:  # SHT_NOTE
                continue
            d = self.section_data(s)
            i = 0
            while i + 12 <= len(d):
                namesz, descsz, typ = struct.unpack_from("<III", d, i)
                i += 12
                name = d[i : i + namesz].rstrip(b"\0").decode(errors="replace")
                i += (namesz + 3) & ~3
                out.append((name, typ, d[i : i + descsz]))
                i += (descsz + 3) & ~3
        return out
