"""The build cache on disk: action IDs map to content-addressed outputs, checked on every read.

Layout, under the cache root (``POGOCACHE``, default ``$XDG_CACHE_HOME/pogo-build`` or
``~/.cache/pogo-build``)::

    README                     what the directory is
    xx/<action id>-a           entry: "pogo-cache v1 <action id> <output id> <size> <name>\\n"
    xx/<output id>-d           output bytes (sha256 = output id), or, for an executable,
    xx/<output id>-d/<name>    a directory holding it under its program name (os.Args[0])
    trim.txt                   when unused entries were last removed

``xx`` is the first two hex digits. A read succeeds only if the entry parses and the output's
size and SHA-256 match; anything else counts as a miss and the damaged files are removed, so
a corrupt or truncated cache costs a rebuild, never a wrong program. Writes go to a temporary
file that is renamed into place, which makes concurrent pogo processes safe. Entries not used
for five days are trimmed, at most once a day.
"""

from __future__ import annotations

import hashlib
import os
import time

ENTRY_MAGIC = "pogo-cache v1"
TRIM_INTERVAL = 24 * 3600
TRIM_LIMIT = 5 * 24 * 3600
MTIME_INTERVAL = 3600


def default_dir() -> str:
    env = os.environ.get("POGOCACHE", "")
    if env:
        return env
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "pogo-build")


def file_hash(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


class Entry:
    """A verified cache hit (a plain class: the warm path avoids importing dataclasses)."""

    __slots__ = ("action_id", "output_id", "size", "name", "path")

    def __init__(self, action_id: str, output_id: str, size: int, name: str, path: str) -> None:
        self.action_id = action_id
        self.output_id = output_id
        self.size = size
        self.name = name  # "" for a plain file; the program name for an executable
        self.path = path  # the verified output file

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Entry) and (
            self.action_id, self.output_id, self.size, self.name, self.path
        ) == (other.action_id, other.output_id, other.size, other.name, other.path)

    def __hash__(self) -> int:
        return hash((self.action_id, self.output_id))


class Cache:
    def __init__(self, root: str) -> None:
        self.root = root
        os.makedirs(root, exist_ok=True)
        readme = os.path.join(root, "README")
        if not os.path.exists(readme):
            self._write_atomic(readme, b"This directory holds cached build artifacts from pogo.\n")

    def _path(self, id: str, suffix: str) -> str:
        return os.path.join(self.root, id[:2], id + suffix)

    def _output_path(self, output_id: str, name: str) -> str:
        p = self._path(output_id, "-d")
        return os.path.join(p, name) if name else p

    def get(self, action_id: str) -> Entry | None:
        """The verified output recorded for ``action_id``, or None (damage counts as a miss)."""
        epath = self._path(action_id, "-a")
        try:
            with open(epath, "rb") as f:
                raw = f.read(4096)
        except OSError:
            return None
        try:
            fields = raw.decode().rstrip("\n").split(" ")
            magic = " ".join(fields[:2])
            aid, oid, size_s = fields[2], fields[3], fields[4]
            name = fields[5] if len(fields) > 5 else ""
            size = int(size_s)
            ok = magic == ENTRY_MAGIC and aid == action_id and len(oid) == 64 and raw.endswith(b"\n")
            ok = ok and len(fields) <= 6 and "/" not in name
        except (UnicodeDecodeError, IndexError, ValueError):
            ok = False
        if not ok:
            _remove(epath)
            return None
        opath = self._output_path(oid, name)
        try:
            if os.path.getsize(opath) != size or file_hash(opath) != oid:
                raise OSError("damaged")
        except OSError:
            _remove(epath)
            _remove(self._path(oid, "-d"))
            return None
        self._touch(epath)
        return Entry(action_id, oid, size, name, opath)

    def put(self, action_id: str, src: str, name: str = "") -> Entry:
        """Store the file ``src`` as the output of ``action_id`` (an executable under ``name``)."""
        oid = file_hash(src)
        size = os.path.getsize(src)
        opath = self._output_path(oid, name)
        if not (os.path.isfile(opath) and os.path.getsize(opath) == size):
            import shutil
            import tempfile

            d = os.path.dirname(opath)
            os.makedirs(d, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-")
            os.close(fd)
            try:
                shutil.copyfile(src, tmp)
                os.chmod(tmp, 0o755 if name else 0o644)
                os.replace(tmp, opath)
            finally:
                _remove(tmp)
        line = f"{ENTRY_MAGIC} {action_id} {oid} {size}" + (f" {name}" if name else "") + "\n"
        self._write_atomic(self._path(action_id, "-a"), line.encode())
        return Entry(action_id, oid, size, name, opath)

    def _write_atomic(self, path: str, data: bytes) -> None:
        import tempfile

        d = os.path.dirname(path)
        os.makedirs(d, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        finally:
            _remove(tmp)

    def _touch(self, path: str) -> None:
        now = time.time()
        try:
            if now - os.path.getmtime(path) > MTIME_INTERVAL:
                os.utime(path, (now, now))
        except OSError:
            pass

    def trim(self) -> None:
        """Remove entries and outputs unused for TRIM_LIMIT, at most once per TRIM_INTERVAL."""
        marker = os.path.join(self.root, "trim.txt")
        now = time.time()
        try:
            with open(marker) as f:
                if now - float(f.read().strip() or 0) < TRIM_INTERVAL:
                    return
        except (OSError, ValueError):
            pass
        self._write_atomic(marker, f"{int(now)}\n".encode())
        cutoff = now - TRIM_LIMIT
        for sub in os.listdir(self.root):
            d = os.path.join(self.root, sub)
            if len(sub) != 2 or not os.path.isdir(d):
                continue
            for name in os.listdir(d):
                p = os.path.join(d, name)
                try:
                    if os.path.getmtime(p) < cutoff:
                        _remove(p)
                except OSError:
                    pass

    def clean(self) -> None:
        """Empty the cache (``pogo clean -cache``)."""
        for sub in os.listdir(self.root):
            p = os.path.join(self.root, sub)
            if len(sub) == 2 or sub in ("trim.txt",) or sub.startswith(".tmp-"):
                _remove(p)


def _remove(path: str) -> None:
    import shutil

    try:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.remove(path)
    except OSError:
        pass
