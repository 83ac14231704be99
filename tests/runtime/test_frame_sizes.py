"""Package runtime runs without stack-bound checks (compile/amd64/stackcheck.py), often on a
goroutine's stack, inside the reserve of ``stackGuard`` bytes below the bound
(runtime/stack.go). A large runtime frame there silently overwrites a neighbouring stack
(an 8 KB array in startTheWorld once did), so every runtime frame must stay a small part
of the reserve: a chain of a few runtime calls has to fit in it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from pogo.compile.amd64 import stackmap
from pogo.obj.objfile import ObjError, decode

REPO = Path(__file__).resolve().parent.parent.parent
RESERVE = int(re.search(r"stackGuard\s*=\s*(\d+)", (REPO / "pogo/goroot/src/runtime/stack.go").read_text()).group(1))  # type: ignore[union-attr]
LIMIT = RESERVE * 3 // 10  # about three frames of a runtime call chain per reserve

PROG = 'package main\n\nfunc main() { println("hi") }\n'


def _runtime_frames(cache: Path) -> dict[str, int]:
    """Frame bytes of every function in the runtime archive of a fresh build cache."""
    for path in cache.rglob("*"):
        if not path.is_file():
            continue
        try:
            archive = decode(path.read_bytes())
        except (ObjError, ValueError, IndexError):
            continue
        funcs = {s.name: s for s in archive.symbols if s.name.startswith("runtime.") and s.stackmap}
        if "runtime.newstack" in funcs:
            return {name: stackmap.decode(s.stackmap, len(s.data))[0] * 8 for name, s in funcs.items()}
    raise AssertionError("no runtime archive in the build cache")


def test_runtime_frames_fit_the_unchecked_reserve(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(PROG)
    cache = tmp_path / "cache"
    env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=str(cache))
    result = subprocess.run([sys.executable, "-m", "pogo", "build", "-o", "prog", "main.go"],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    frames = _runtime_frames(cache)
    assert len(frames) > 300  # the whole package, not only what the program links
    big = sorted(((size, name) for name, size in frames.items() if size > LIMIT), reverse=True)
    assert not big, f"runtime frames over {LIMIT} of the {RESERVE}-byte reserve: {big}"
