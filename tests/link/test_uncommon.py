"""Uncommon records (link/uncommon.py) are cut off descriptors unless reflect or
SetFinalizer is linked, and both kinds of program still run right."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent

PROGRAM = """package main

import (
	"fmt"
	%s
)

type T struct {
	A int `json:"a"`
	b string
}

func (t T) String() string { return fmt.Sprint("T", t.A, t.b) }

func main() {
	fmt.Println(T{1, "x"}, &T{2, "y"})
	%s
}
"""


def _build(tmp_path: Path, imp: str, use: str) -> tuple[bytes, dict[str, int]]:
    d = tmp_path / str(len(list(tmp_path.iterdir())))
    d.mkdir()
    (d / "main.go").write_text(PROGRAM % (imp, use))
    exe = d / "prog"
    env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=str(tmp_path / "cache"))
    build = subprocess.run([sys.executable, "-m", "pogo", "build", "-ldflags=-dumpsyms", "-o", str(exe), "main.go"],
                           cwd=d, env=env, capture_output=True, timeout=300, check=False)
    assert build.returncode == 0, build.stderr.decode()
    run = subprocess.run([str(exe)], capture_output=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    # descriptors are not in .symtab: the linker's -dumpsyms lists every symbol laid out
    rows = (ln.split(" ", 2) for ln in build.stderr.decode(errors="replace").splitlines())
    sizes = {r[2]: int(r[1]) for r in rows if len(r) == 3 and r[1].isdigit()}
    return run.stdout, sizes


def test_uncommon_records_only_with_their_readers(tmp_path: Path) -> None:
    out, plain = _build(tmp_path, "", "")
    assert out == b"T1x T2y\n"
    out, refl = _build(tmp_path, '"reflect"', 'f, _ := reflect.TypeOf(T{}).FieldByName("A"); fmt.Println(f.Tag)')
    assert out == b'T1x T2y\njson:"a"\n'
    out, fin = _build(tmp_path, '"runtime"', "runtime.SetFinalizer(&T{}, func(*T) {})")
    assert out == b"T1x T2y\n"
    assert plain["type:main.T"] < refl["type:main.T"] == fin["type:main.T"]
