"""The importcfg files the driver writes for ``pogo tool compile`` and ``pogo tool link``:
one ``packagefile import/path=archive`` line per package (other verbs are ignored)."""

from __future__ import annotations


class ImportcfgError(Exception):
    """A malformed line, as ``file:line: message``."""


def read_importcfg(path: str) -> dict[str, str]:
    """Import path -> archive file. Raises OSError if the file cannot be read and
    ImportcfgError for a malformed ``packagefile`` line."""
    out: dict[str, str] = {}
    with open(path) as f:
        text = f.read()
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        verb, _, rest = line.partition(" ")
        if verb == "packagefile":
            pkg, eq, file = rest.partition("=")
            if not eq or not pkg.strip() or not file.strip():
                raise ImportcfgError(f"{path}:{lineno}: invalid packagefile: syntax is \"packagefile path=filename\"")
            out[pkg.strip()] = file.strip()
    return out
