"""Where pogo's standard library lives, and which import paths Go's standard library has."""

from __future__ import annotations

import functools
import os

GOOS = "linux"
GOARCH = "amd64"
GOVERSION = "go1.27"

#: pogo's own GOROOT: Go sources shipped inside the Python package.
GOROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "goroot")


def std_dir(path: str) -> str:
    return os.path.join(GOROOT, "src", *path.split("/"))


@functools.cache
def go_std_packages() -> frozenset[str]:
    """Import paths of the real Go 1.27 standard library (std_packages.txt), so a package
    pogo does not have yet is told apart from one that does not exist at all."""
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "std_packages.txt")) as f:
        return frozenset(line.strip() for line in f if line.strip())


def is_std_path(path: str) -> bool:
    """Go's rule: an import path whose first element has no dot is a standard one."""
    return "." not in path.split("/", 1)[0]
