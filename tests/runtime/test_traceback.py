"""Tracebacks of unrecovered panics against the reference toolchain's.

The end-to-end test compares only the first stderr line of panicking programs. Here every
corpus program whose expected stderr (``NAME.err``, written by the reference go) starts with
a panic or a deadlock and holds a ``goroutine N [...]:`` traceback is run under pogo, and the
frames of the first goroutine listed that lie in the program's own source file are compared: function names (with gc's ``[...]`` for type arguments), lines,
and the ``created by`` line of goroutines. Argument words, pc offsets, goroutine numbers and
frames in the standard library (whose sources differ) are not compared.

Both toolchains inline: inlined calls appear as ``name(...)`` frames from the function
table's inline tree, as in gc.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

RUN_DIR = Path(__file__).resolve().parent.parent / "testdata" / "run"
REPO = RUN_DIR.parent.parent.parent
CACHE = tempfile.mkdtemp(prefix="pogo-traceback-cache-")

Frame = tuple[str, int]  # function (or "created by F"), line

_CALL = re.compile(r"^(\S.*?)\((.*)\)$")
_WHERE = re.compile(r"^\t(\S+):(\d+)(?: \+0x[0-9a-f]+)?$")


def frames(stderr: str, source: str) -> list[Frame]:
    """The frames of the first goroutine traceback that lie in ``source`` (a file name)."""
    lines = stderr.splitlines()
    try:
        start = next(i for i, ln in enumerate(lines) if re.match(r"^goroutine \d+ \[.*\]:$", ln))
    except StopIteration:
        return []
    out: list[Frame] = []
    i = start + 1
    while i + 1 < len(lines):
        head, where = lines[i], _WHERE.match(lines[i + 1])
        if where is None:
            break
        if head.startswith("created by "):
            name = "created by " + head[len("created by ") :].split(" in goroutine ")[0]
        else:
            m = _CALL.match(head)
            if m is None:
                break
            name = m.group(1)
        if os.path.basename(where.group(1)) == source:
            out.append((name, int(where.group(2))))
        i += 2
    return out


def _programs() -> list[Path]:
    out = []
    for src in sorted(RUN_DIR.glob("*.go")):
        err = src.with_suffix(".err")
        if not err.exists():
            continue
        text = err.read_text()
        if text.startswith(("panic: ", "fatal error: all goroutines are asleep")) and re.search(
                r"^goroutine \d+ \[.*\]:$", text, re.M):
            out.append(src)
    return out


PROGRAMS = _programs()


def test_corpus_has_tracebacks() -> None:
    assert len(PROGRAMS) >= 20


@pytest.mark.parametrize("src", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_traceback_frames(src: Path) -> None:
    want = frames(src.with_suffix(".err").read_text(), src.name)
    assert want, "the reference traceback has frames in the program's file"
    env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=CACHE)
    args_file = src.with_suffix(".args")
    args = args_file.read_text().split("\n")[:-1] if args_file.exists() else []
    stdin_file = src.with_suffix(".stdin")
    p = subprocess.run(
        [sys.executable, "-m", "pogo", "run", src.name, *args], cwd=src.parent, env=env,
        input=stdin_file.read_bytes() if stdin_file.exists() else b"", capture_output=True, timeout=300,
        check=False,
    )
    got = frames(p.stderr.decode(errors="replace"), src.name)
    assert got == want, p.stderr.decode(errors="replace")
