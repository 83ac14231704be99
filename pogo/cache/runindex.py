"""The warm path of ``pogo run``: find the cached executable for unchanged inputs without
loading, hashing or compiling anything.

After a successful build, ``record`` stores, under a key made of the command (directory,
arguments, relevant environment), the list of every input the build read — source files,
whole package directories, go.mod/go.sum files, the directories from the current one up to
the root, and pogo's own source files — each with its size, mtime, ctime and inode, plus
the link action ID. Directories are recorded by their list of Go files (their mtime
changes too often to be useful), and places where a go.mod could appear and change the
meaning of the command by that file's absence. ``lookup`` re-checks all of it; if every one is unchanged, the link
action's cache entry (verified by hash as always) is the program to run. ctime cannot be set
back by user tools, so an edited file is never mistaken for the old one. Any change, or any
doubt, falls back to the full build, which re-hashes contents.
"""

from __future__ import annotations

import hashlib
import json
import os

_VERSION = 1
_ENV = ("GOFLAGS", "GOOS", "GOARCH", "GOMODCACHE", "GOPATH", "GO111MODULE", "GOPROXY", "CGO_ENABLED", "POGOCACHE")


# the pogo installation answering: two checkouts of pogo run from the same directory with
# the same arguments must not share entries (each records only its own source files)
_POGO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_key(args: list[str]) -> str:
    h = hashlib.sha256(f"pogo-run v{_VERSION}\n{_POGO}\n{os.getcwd()}\n".encode())
    h.update("\0".join(args).encode() + b"\n")
    for k in _ENV:
        h.update(f"{k}={os.environ.get(k, '')}\n".encode())
    return h.hexdigest()


def _stamp(path: str) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def _index_path(root: str, key: str) -> str:
    return os.path.join(root, "run", key[:2], key)


def _go_names(d: str) -> list[str] | None:
    try:
        return sorted(f for f in os.listdir(d) if f.endswith(".go") or f in ("go.mod", "go.sum", "vendor"))
    except OSError:
        return None


def lookup(root: str, key: str) -> str | None:
    """The link action ID recorded for ``key`` if every recorded input is unchanged."""
    try:
        with open(_index_path(root, key)) as f:
            entry = json.load(f)
        if entry.get("v") != _VERSION:
            return None
        for path, stamp in entry["files"]:
            if _stamp(path) != stamp:
                return None
        for path in entry["absent"]:
            if os.path.exists(path):
                return None
        for path, names in entry["dirs"]:
            if _go_names(path) != names:
                return None
        link = entry["link"]
        return link if isinstance(link, str) else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record(root: str, key: str, link_id: str, files: list[str], dirs: list[str], absent: list[str]) -> None:
    """Store stamps of ``files``, the Go file names of ``dirs`` and the absence of ``absent``
    for ``key``; silently does nothing if it cannot."""
    stamps = []
    for p in sorted(set(files)):
        s = _stamp(p)
        if s is None:
            return
        stamps.append([p, s])
    listing = []
    for d in sorted(set(dirs)):
        names = _go_names(d)
        if names is None:
            return
        listing.append([d, names])
    if any(os.path.exists(p) for p in absent):
        return
    path = _index_path(root, key)
    try:
        import tempfile

        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-")
        with os.fdopen(fd, "w") as f:
            json.dump({"v": _VERSION, "link": link_id, "files": stamps, "dirs": listing, "absent": sorted(set(absent))}, f)
        os.replace(tmp, path)
    except OSError:
        pass
