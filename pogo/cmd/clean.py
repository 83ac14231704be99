"""``pogo clean -cache``: empty the build cache."""

from __future__ import annotations

import sys

from pogo.cache.store import Cache, default_dir

USAGE = "usage: go clean [clean flags] [build flags] [packages]\nRun 'go help clean' for details.\n"


def main(argv: list[str]) -> int:
    flags = set(argv)
    unknown = [a for a in argv if a not in ("-cache", "-n", "-x")]
    if unknown:
        what = unknown[0]
        if what.startswith("-"):
            sys.stderr.write(f"flag provided but not defined: {what}\n{USAGE}")
        else:
            sys.stderr.write("pogo: go clean of packages is not supported yet; use -cache\n")
        return 2
    if "-cache" not in flags:
        return 0
    d = default_dir()
    if d == "off":
        return 0
    if "-n" in flags or "-x" in flags:
        sys.stderr.write(f"rm -r {d}/*\n")
        if "-n" in flags:
            return 0
    Cache(d).clean()
    return 0
