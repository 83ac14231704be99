"""``pogo version``: which pogo, which Go language version, which target."""

from __future__ import annotations

import sys

from pogo import __version__
from pogo.load.goroot import GOARCH, GOOS, GOVERSION


def main(argv: list[str]) -> int:
    if argv:
        sys.stderr.write("pogo: version of executables is not supported yet\nusage: go version [-m] [-v] [file ...]\n")
        return 2
    sys.stdout.write(f"pogo version {__version__} ({GOVERSION}) {GOOS}/{GOARCH}\n")
    return 0
