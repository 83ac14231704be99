"""The garbage collector's map of the global roots.

The collector scans [start of .data, end of .bss) — the bounds and the address of this
map are written into ``runtime.gcdataBounds`` — reading only the words whose bit is set
in a bitmap (one bit per word, least significant bit first) built here from each
variable's pointer mask (``Symbol.gcmask``, from the variable's type). A DATA or BSS
symbol without a mask (none comes from the compiler today) is scanned in full. The
bitmap is a RODATA symbol; its size depends only on the sizes of .data and .bss, so it
is computed from their relative layout before addresses are assigned.
"""

from __future__ import annotations

from pogo.obj.objfile import Reloc, RelocKind, Symbol, SymKind

GC_DATA_BOUNDS = "runtime.gcdataBounds"
GC_DATA_MASK = "runtime.gcdataMask"
DATA_START = "runtime.data·start"
BSS_END = "runtime.bss·end"
BSS_ALIGN = 64  # .bss starts at this alignment after .data


def _align(v: int, a: int) -> int:
    return (v + a - 1) & -a


def bounds_symbol(sym: Symbol) -> Symbol:
    """The collector's root variable as data relocated to the section bounds and the map."""
    relocs = [Reloc(0, RelocKind.ABS64, DATA_START), Reloc(8, RelocKind.ABS64, BSS_END),
              Reloc(16, RelocKind.ABS64, GC_DATA_MASK)]
    return Symbol(sym.name, SymKind.DATA, bytes(24), align=8, relocs=relocs, gcmask=b"")


def relative_offsets(data: list[Symbol], bss: list[Symbol]) -> tuple[dict[str, int], int]:
    """Each symbol's offset from the start of .data, and the size of .data plus .bss,
    placed as layout.layout places them (.data starts page aligned)."""
    offs: dict[str, int] = {}
    pos = 0
    for i, syms in enumerate((data, bss)):
        if i == 1:
            pos = _align(pos, BSS_ALIGN)
        for s in syms:
            pos = _align(pos, max(s.align, 1))
            offs[s.name] = pos
            pos += s.length
    return offs, pos


def mask_symbol(data: list[Symbol], bss: list[Symbol]) -> tuple[Symbol, dict[str, int]]:
    """The RODATA bitmap of pointer words over .data and .bss, and the offsets it assumed."""
    offs, span = relative_offsets(data, bss)
    words = (span + 7) // 8
    mask = 0
    for s in (*data, *bss):
        w = offs[s.name] // 8
        if s.gcmask is None:
            mask |= ((1 << ((s.length + 7) // 8)) - 1) << w
        elif s.gcmask:
            mask |= int.from_bytes(s.gcmask, "little") << w
    n = _align((words + 7) // 8, 8)
    return Symbol(GC_DATA_MASK, SymKind.RODATA, mask.to_bytes(n, "little"), align=8), offs
