"""Inlining across packages of a module, against the reference toolchain run on the same
files: the ``inlining call to lib.F`` lines of ``-gcflags=-m`` and the frames of a panic
raised inside an inlined method of another package (``lib.(*Box).At(...)`` at lib.go)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO / "tests" / "testdata"))

from regen import go_binary, go_env  # type: ignore[import-not-found]  # noqa: E402

LIB = """package lib

type Box struct{ items []int }

func (b *Box) Len() int { return len(b.items) }

func (b *Box) At(i int) int { return b.items[i] }

func New(n int) *Box { return &Box{make([]int, n)} }

//go:noinline
func Opaque(n int) int { return n }
"""

MAIN = """package main

import "example.com/m/lib"

func main() {
	b := lib.New(3)
	println(b.Len(), lib.Opaque(2))
	println(b.At(5))
}
"""


def build(tmp: Path, cmd: list[str], env: dict[str, str]) -> tuple[list[str], str]:
    """The inlining lines of -m, and the stderr of running the program."""
    r = subprocess.run([*cmd, "build", "-gcflags=-m", "-o", "prog", "."], cwd=tmp, env=env, capture_output=True,
                       text=True, timeout=600, check=False)
    assert r.returncode == 0, r.stderr
    run = subprocess.run([str(tmp / "prog")], capture_output=True, text=True, timeout=60, check=False)
    return [ln for ln in r.stderr.splitlines() if "inlining call" in ln], run.stderr


def frames(stderr: str) -> list[tuple[str, str, str]]:
    """(function, file name, line) of each traceback frame."""
    return re.findall(r"^(\S+)\(.*\)\n\t\S*/([^/\s]+):(\d+)", stderr, re.M)


def test_inlined_other_package_calls_match_gc(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "lib.go").write_text(LIB)
    (tmp_path / "main.go").write_text(MAIN)
    (tmp_path / "go.mod").write_text("module example.com/m\n\ngo 1.27\n")
    genv = dict(go_env(), GOCACHE=str(tmp_path / ".gocache"))
    want_m, want_err = build(tmp_path, [str(go_binary())], genv)
    penv = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=str(tmp_path / ".cache"))
    got_m, got_err = build(tmp_path, [sys.executable, "-m", "pogo"], penv)
    assert got_m == want_m
    assert any(ln.endswith("inlining call to lib.(*Box).At") for ln in got_m)
    assert got_err.splitlines()[0] == want_err.splitlines()[0]
    assert frames(got_err) == frames(want_err)
    assert frames(got_err)[0] == ("example.com/m/lib.(*Box).At", "lib.go", "7")
