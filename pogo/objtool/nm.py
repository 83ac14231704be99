"""``pogo tool nm [-n] [-size] [-sort order] [-type] FILE...``: list symbols as go tool nm does.

Executables are read through their ELF symbol table (``ADDR CODE NAME``, codes T text,
R read-only data, D data, B bss); pogo archives (``_pkg_.a``) list their symbols at
address 0 of their own kind and the names they reference but do not define as ``U``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from pogo.obj.objfile import ObjError, SymKind, decode
from pogo.objtool.elfread import ElfFile, FormatError
from pogo.toolflags import UsageError, scan

USAGE = "usage: go tool nm [options] file...\n  -n\n    \tan alias for -sort address (numeric), for compatibility with other nm commands\n  -size\n    \tprint symbol size in decimal between address and type\n  -sort {address,name,none,size}\n    \tsort output in the given order (default name)\n  -type\n    \tprint symbol type after name\n"

_CODES = {SymKind.TEXT: "T", SymKind.RODATA: "R", SymKind.DATA: "D", SymKind.BSS: "B"}


@dataclass(slots=True)
class Sym:
    name: str
    addr: int
    size: int
    code: str


def archive_symbols(data: bytes, path: str) -> list[Sym]:
    a = decode(data, path)
    out = [Sym(s.name, 0, s.length, _CODES[s.kind]) for s in a.symbols]
    defined = {s.name for s in a.symbols}
    undef = sorted({r.sym for s in a.symbols for r in s.relocs if r.sym not in defined})
    out += [Sym(name, 0, 0, "U") for name in undef]
    return out


def file_symbols(path: str) -> list[Sym]:
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"POGOARC\n"):
        return archive_symbols(data, path)
    elf = ElfFile(data)
    return [Sym(s.name, s.addr, s.size, s.code) for s in elf.symbols()]


def main(argv: list[str]) -> int:
    order, show_size, show_type = "name", False, False
    files: list[str] = []
    try:
        for name, val in scan(argv, {"-n", "-size", "-type"}, {"-sort"}):
            if name == "":
                files.append(val)
            elif name == "-n":
                order = "address"
            elif name == "-size":
                show_size = val not in ("false", "0")
            elif name == "-type":
                show_type = val not in ("false", "0")
            elif name == "-sort":
                if val not in ("address", "name", "none", "size"):
                    raise UsageError(f"nm: unknown sort order {val!r}")
                order = val
    except UsageError as e:
        sys.stderr.write(f"{e}\n{USAGE}")
        return 2
    if not files:
        sys.stderr.write(USAGE)
        return 2
    status = 0
    for path in files:
        try:
            syms = file_symbols(path)
        except OSError as e:
            sys.stderr.write(f"nm: open {path}: {(e.strerror or str(e)).lower()}\n")
            status = 1
            continue
        except (FormatError, ObjError) as e:
            sys.stderr.write(f"nm: {path}: {e}\n")
            status = 1
            continue
        if not syms:
            sys.stderr.write(f"{path}: no symbols\n")
            status = 1
            continue
        if order == "address":
            syms.sort(key=lambda s: (s.addr, s.name))
        elif order == "name":
            syms.sort(key=lambda s: s.name)
        elif order == "size":
            syms.sort(key=lambda s: (-s.size, s.name))
        prefix = f"{path}: " if len(files) > 1 else ""
        out = []
        for s in syms:
            addr = f"{s.addr:8x}" if s.code != "U" else " " * 8
            size = f" {s.size:10d}" if show_size else ""
            typ = " " + {"T": "func", "U": ""}.get(s.code, "data") if show_type else ""
            out.append(f"{prefix}{addr}{size} {s.code} {s.name}{typ}\n")
        sys.stdout.write("".join(out))
    return status
