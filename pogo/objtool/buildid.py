"""``pogo tool buildid FILE``: print an executable's build ID (its ``.note.go.buildid``)."""

from __future__ import annotations

import sys

from pogo.link.buildid import NOTE_TYPE
from pogo.objtool.elfread import ElfFile, FormatError


def read_build_id(path: str) -> str:
    with open(path, "rb") as f:
        elf = ElfFile(f.read())
    for name, typ, desc in elf.notes():
        if name == "Go" and typ == NOTE_TYPE:
            return desc.decode(errors="replace")
    raise FormatError("no build ID")


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0].startswith("-"):
        sys.stderr.write("usage: go tool buildid [-w] file\n")
        return 2
    try:
        sys.stdout.write(read_build_id(argv[0]) + "\n")
    except OSError as e:
        sys.stderr.write(f"buildid: open {argv[0]}: {(e.strerror or str(e)).lower()}\n")
        return 1
    except FormatError as e:
        sys.stderr.write(f"buildid: {argv[0]}: {e}\n")
        return 1
    return 0
