"""Build cache store: hits, verification of every read, atomic puts, trimming, clean."""

from __future__ import annotations

import os
import time
from pathlib import Path

from pogo.cache.store import TRIM_LIMIT, Cache, file_hash

AID = "a" * 64
AID2 = "b" * 64


def _src(tmp: Path, data: bytes) -> str:
    p = tmp / "src"
    p.write_bytes(data)
    return str(p)


def test_put_then_get(tmp_path: Path) -> None:
    c = Cache(str(tmp_path / "c"))
    e = c.put(AID, _src(tmp_path, b"hello"))
    got = c.get(AID)
    assert got == e and Path(got.path).read_bytes() == b"hello" and got.output_id == file_hash(got.path)
    assert c.get(AID2) is None


def test_executable_is_stored_under_its_name(tmp_path: Path) -> None:
    c = Cache(str(tmp_path / "c"))
    e = c.put(AID, _src(tmp_path, b"\x7fELF..."), name="hello")
    assert os.path.basename(e.path) == "hello" and os.access(e.path, os.X_OK)
    assert c.get(AID) == e


def test_damaged_output_is_a_miss_and_removed(tmp_path: Path) -> None:
    c = Cache(str(tmp_path / "c"))
    e = c.put(AID, _src(tmp_path, b"hello"))
    Path(e.path).write_bytes(b"hellO")
    assert c.get(AID) is None
    assert not os.path.exists(e.path)
    e = c.put(AID, _src(tmp_path, b"hello"))
    Path(e.path).write_bytes(b"hel")
    assert c.get(AID) is None


def test_damaged_entry_is_a_miss(tmp_path: Path) -> None:
    c = Cache(str(tmp_path / "c"))
    c.put(AID, _src(tmp_path, b"hello"))
    entry = tmp_path / "c" / AID[:2] / (AID + "-a")
    for bad in (b"", b"garbage\n", entry.read_bytes()[:-10], entry.read_bytes().replace(b"v1", b"v9")):
        c.put(AID, _src(tmp_path, b"hello"))
        entry.write_bytes(bad)
        assert c.get(AID) is None


def test_trim_removes_old_entries_once_a_day(tmp_path: Path) -> None:
    c = Cache(str(tmp_path / "c"))
    e = c.put(AID, _src(tmp_path, b"old"))
    old = time.time() - TRIM_LIMIT - 100
    for p in (e.path, str(tmp_path / "c" / AID[:2] / (AID + "-a"))):
        os.utime(p, (old, old))
    c.put(AID2, _src(tmp_path, b"new"))
    c.trim()
    assert c.get(AID) is None and c.get(AID2) is not None
    assert (tmp_path / "c" / "trim.txt").is_file()


def test_clean_empties(tmp_path: Path) -> None:
    c = Cache(str(tmp_path / "c"))
    c.put(AID, _src(tmp_path, b"x"))
    c.clean()
    assert c.get(AID) is None
    assert (tmp_path / "c" / "README").is_file()
