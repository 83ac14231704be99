"""Where the bytes of a pogo executable go: sections, then symbols grouped by package.

Reads the ELF section headers and ``.symtab`` of a binary built without ``-s`` (``pogo
build`` keeps the symbol table) and prints the file size, each section's size, the total
per (section, package or symbol class) — closures are a class of their own; string data,
type descriptors and itabs are not in ``.symtab`` (link/functab.py ``listed``) and show
up only in the section total — and the largest symbols::

    python tools/binsize.py hello [--top 30]
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
from collections import Counter
from pathlib import Path

_CLASSES = ("type:", "go:itab.", "go:")
_PKG = re.compile(r"^((?:[\w\-.]+/)*[\w\-]+)\.")


def _cstr(data: bytes, off: int) -> str:
    return data[off : data.index(b"\0", off)].decode(errors="replace")


def symbol_class(name: str) -> str:
    """The package of a symbol, or its class for linker-generated data."""
    for c in _CLASSES:
        if name.startswith(c):
            return c
    m = _PKG.match(name)
    return m.group(1) if m else name


def read(path: Path) -> tuple[int, list[tuple[str, int]], list[tuple[str, str, int]]]:
    """(file size, [(section, size)], [(symbol, section, size)])."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF":
        raise ValueError(f"{path}: not an ELF file")
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shnum, shstrndx = struct.unpack_from("<HH", data, 0x3C)
    hdrs = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + 64 * i) for i in range(shnum)]
    names = [_cstr(data, hdrs[shstrndx][4] + h[0]) for h in hdrs]
    sections = [(names[i], h[5]) for i, h in enumerate(hdrs) if i > 0]
    symbols: list[tuple[str, str, int]] = []
    for h in hdrs:
        if h[1] != 2:  # SHT_SYMTAB
            continue
        strtab = hdrs[h[6]][4]
        for off in range(h[4] + 24, h[4] + h[5], 24):
            n, _info, _other, shndx, _value, size = struct.unpack_from("<IBBHQQ", data, off)
            sec = names[shndx] if 0 < shndx < len(names) else "?"
            symbols.append((_cstr(data, strtab + n), sec, size))
    return len(data), sections, symbols


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary", type=Path)
    ap.add_argument("--top", type=int, default=25, help="how many groups and symbols to list")
    args = ap.parse_args(argv)
    try:
        size, sections, symbols = read(args.binary)
    except (OSError, ValueError, struct.error) as e:
        print(f"binsize: {e}", file=sys.stderr)
        return 1
    print(f"file {size} bytes")
    for name, sz in sections:
        print(f"  {name:12s} {sz:8d}")
    groups: Counter[tuple[str, str]] = Counter()
    counts: Counter[tuple[str, str]] = Counter()
    for name, sec, sz in symbols:
        groups[(sec, symbol_class(name))] += sz
        counts[(sec, symbol_class(name))] += 1
    print(f"by package ({len(symbols)} symbols):")
    for (sec, group), sz in groups.most_common(args.top):
        print(f"  {sz:8d} {counts[(sec, group)]:5d}  {sec:8s} {group}")
    print("largest symbols:")
    for name, sec, sz in sorted(symbols, key=lambda s: -s[2])[: args.top]:
        print(f"  {sz:8d}  {sec:8s} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
