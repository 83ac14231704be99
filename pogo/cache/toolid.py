"""The identity of pogo itself, part of every action ID: a change to pogo's code must never
reuse an output built by an older pogo."""

from __future__ import annotations

import functools
import hashlib
import os

from pogo import __version__

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@functools.cache
def tool_id() -> str:
    """SHA-256 over pogo's version and every Python source file of the package.

    The Go sources under goroot/ are not included: they are inputs of the packages built
    from them and are hashed there.
    """
    h = hashlib.sha256(f"pogo {__version__}\n".encode())
    for dirpath, dirnames, filenames in os.walk(_ROOT):
        dirnames[:] = sorted(d for d in dirnames if d not in ("goroot", "__pycache__"))
        for name in sorted(filenames):
            if name.endswith(".py"):
                p = os.path.join(dirpath, name)
                with open(p, "rb") as f:
                    data = f.read()
                h.update(f"{os.path.relpath(p, _ROOT)} {len(data)}\n".encode())
                h.update(data)
    return h.hexdigest()
