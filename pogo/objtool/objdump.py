"""``pogo tool objdump [-s regexp] FILE``: disassemble like go tool objdump.

For each function (in address order; ``-s`` keeps those whose name matches)::

    TEXT main.main(SB) /abs/path/file.go
      file.go:5		0x401000		55			push %rbp

with the columns padded by tabs as gc's tabwriter pads them.
Executables are read through the linker's function table (so -s stripped binaries
work too); archives list each TEXT symbol from address 0 with its own line table.
Instructions are printed in GNU syntax by iced-x86, not in Go's assembler syntax.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

import iced_x86 as I

from pogo.link.functab import FuncEntry
from pogo.obj.objfile import ObjError, SymKind, decode
from pogo.objtool.elfread import ElfFile, FormatError
from pogo.toolflags import UsageError, scan

USAGE = "usage: go tool objdump [-S] [-gnu] [-s symregexp] binary [start end]\n"

_Decoder: Any = I.Decoder
_Formatter: Any = I.Formatter


def disassemble(f: FuncEntry, code: bytes, names: dict[int, str] | None = None) -> str:
    """One function's listing in go tool objdump's layout; ``names`` maps function entry
    addresses to names, shown after direct calls and jumps to them."""
    out = [f"TEXT {f.name}(SB) {f.file}\n"]
    fmt = _Formatter(I.FormatterSyntax.GAS)
    base = os.path.basename(f.file) if f.file else "?"
    rows: list[list[str]] = []
    for ins in _Decoder(64, code, ip=f.entry):
        raw = code[ins.ip - f.entry : ins.ip - f.entry + ins.len]
        line = f.line_at(ins.ip - f.entry)
        text = fmt.format(ins)
        if names and (ins.is_call_near or ins.is_jmp_near):
            target = names.get(ins.near_branch_target)
            if target is not None:
                text += f" <{target}>"
        rows.append([f"  {base}:{line}", f"{ins.ip:#x}", raw.hex(), text])
    return "".join(out) + tabulate(rows)


def tabulate(rows: list[list[str]]) -> str:
    """Columns separated as go tool objdump's tabwriter does (minimum width 18, padding
    1, tabs of 8 as padding): each cell is followed by the tabs that reach its
    column's width."""
    if not rows:
        return ""
    widths = []
    for k in range(len(rows[0]) - 1):
        w = max(18, max(len(r[k]) + 1 for r in rows))
        widths.append((w + 7) // 8 * 8)
    out = []
    for r in rows:
        cells = [c + "\t" * ((w - len(c) + 7) // 8) for c, w in zip(r, widths, strict=False)]
        out.append("".join(cells) + r[-1] + "\n")
    return "".join(out)


def functions(path: str) -> list[tuple[FuncEntry, bytes]]:
    with open(path, "rb") as fh:
        data = fh.read()
    if data.startswith(b"POGOARC\n"):
        out = []
        for s in decode(data, path).symbols:
            if s.kind != SymKind.TEXT:
                continue
            n = len(s.data)
            pts = [(ln.pc_offset, ln.line) for ln in s.lines]
            runs = [(pc, pts[k + 1][0] if k + 1 < len(pts) else n, line) for k, (pc, line) in enumerate(pts)]
            out.append((FuncEntry(s.name, 0, n, s.file, False, s.args, runs), s.data))
        return out
    elf = ElfFile(data)
    fs = elf.functions()
    if not fs:
        raise FormatError("no function table (not linked by pogo?)")
    return [(f, elf.read(f.entry, f.end - f.entry)) for f in fs]


def main(argv: list[str]) -> int:
    pattern: re.Pattern[str] | None = None
    files: list[str] = []
    try:
        for name, val in scan(argv, {"-S", "-gnu"}, {"-s"}):
            if name == "":
                files.append(val)
            elif name == "-s":
                try:
                    pattern = re.compile(val)
                except re.error as e:
                    raise UsageError(f"invalid -s regexp: {e}") from e
    except UsageError as e:
        sys.stderr.write(f"{e}\n{USAGE}")
        return 2
    if len(files) != 1:
        sys.stderr.write(USAGE)
        return 2
    try:
        funcs = functions(files[0])
    except OSError as e:
        sys.stderr.write(f"objdump: open {files[0]}: {(e.strerror or str(e)).lower()}\n")
        return 1
    except (FormatError, ObjError, ValueError) as e:
        sys.stderr.write(f"objdump: {files[0]}: {e}\n")
        return 1
    names = {f.entry: f.name for f, _ in funcs if f.entry}
    out = []
    for f, code in funcs:
        if pattern is None or pattern.search(f.name):
            out.append(disassemble(f, code, names))
    sys.stdout.write("\n".join(out))
    return 0
