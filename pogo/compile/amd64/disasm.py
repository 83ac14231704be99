"""Disassembly of TEXT symbols (``-dump=asm`` / ``-S``), with relocations shown."""

from __future__ import annotations

from typing import Any

import iced_x86 as I

from pogo.obj.objfile import Symbol
from pogo.obj.pctab import line_str

_Decoder: Any = I.Decoder
_Formatter: Any = I.Formatter


def disassemble(sym: Symbol, base: int = 0) -> str:
    relocs = {r.offset: r for r in sym.relocs}
    lines_by_pc = {ln.pc_offset: ln.line for ln in sym.lines}
    out = [f"{sym.name} STEXT size={len(sym.data)}"]
    dec = _Decoder(64, sym.data, ip=base)
    fmt = _Formatter(I.FormatterSyntax.GAS)
    for ins in dec:
        off = ins.ip - base
        note = ""
        for k in range(off, off + ins.len):
            r = relocs.get(k)
            if r is not None:
                note = f"  ; {r.kind.name} {r.sym}{r.addend:+d}"
        line = lines_by_pc.get(off)
        prefix = f"({sym.file}:{line_str(line)})" if line else ""
        out.append(f"  {off:#06x} {prefix:<20} {fmt.format(ins)}{note}")
    return "\n".join(out) + "\n"
