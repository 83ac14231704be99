"""The identity of pogo itself, part of every action ID: a change to pogo's code must never
reuse an output built by an older pogo."""

from __future__ import annotations

import functools
import hashlib
import os

from pogo import __version__

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pogo_files() -> list[str]:
    """pogo's own files that decide what it produces: its Python sources and the data
    tables they read (``*.txt``: gc's inlinable std functions, the std package list)."""
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(_ROOT):
        dirnames[:] = sorted(d for d in dirnames if d not in ("goroot", "__pycache__"))
        out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith((".py", ".txt")))
    return out


@functools.cache
def tool_id() -> str:
    """SHA-256 over pogo's version and every file of ``pogo_files``.

    The Go sources under goroot/ are not included: they are inputs of the packages built
    from them and are hashed there.
    """
    h = hashlib.sha256(f"pogo {__version__}\n".encode())
    for p in pogo_files():
        with open(p, "rb") as f:
            data = f.read()
        h.update(f"{os.path.relpath(p, _ROOT)} {len(data)}\n".encode())
        h.update(data)
    return h.hexdigest()
