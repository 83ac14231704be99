"""Dead-code elimination of data and methods, checked on a real build's symbol table.

Package-level tables initialised from constants are static data referenced only by the
code that reads them, so a table no reachable code uses is not linked (the unicode and
math tables of the standard library rely on this); a method whose type's descriptor is
linked is kept only when some reachable interface has a method of that name and
signature (or reflect can call it), and the program still runs correctly.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent

PROGRAM = """package main

import "fmt"

var usedTable = [...]uint32{0x11111111, 0x22222222, 0x33333333, 0x44444444}

var unusedTable = [...]uint32{0x55555555, 0x66666666, 0x77777777, 0x88888888}

var unusedRanges = []struct{ lo, hi rune }{{0x41, 0x5a}, {0x61, 0x7a}, {0xc0, 0xd6}}

type T struct{ n int }

func (t T) String() string  { return fmt.Sprint("T", t.n) }
func (t T) NeverCalled() int { return t.n * 7 }

func main() {
	fmt.Println(usedTable[2], T{4})
}
"""


def _symbols(exe: Path) -> set[str]:
    out = subprocess.run(["readelf", "-sW", str(exe)], capture_output=True, check=True).stdout.decode(errors="replace")
    names = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 8 and parts[0].endswith(":"):
            names.add(parts[7])
    return names


def test_unused_tables_and_methods_are_dropped(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(PROGRAM)
    exe = tmp_path / "prog"
    env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=str(tmp_path / "cache"))
    build = subprocess.run([sys.executable, "-m", "pogo", "build", "-o", str(exe), "main.go"],
                           cwd=tmp_path, env=env, capture_output=True, timeout=300, check=False)
    assert build.returncode == 0, build.stderr.decode()
    run = subprocess.run([str(exe)], capture_output=True, timeout=60, check=False)
    assert run.stdout == b"858993459 T4\n"
    syms = _symbols(exe)
    # T.String is kept for fmt's Stringer check (the inliner may have folded it into the
    # (*T).String wrapper, which is then the only copy)
    assert "main.usedTable" in syms and ("main.T.String" in syms or "main.(*T).String" in syms)
    assert "main.unusedTable" not in syms
    assert not any(s.startswith("main.unusedRanges") for s in syms)
    assert "main.T.NeverCalled" not in syms and "main.(*T).NeverCalled" not in syms
    data = exe.read_bytes()
    assert (0x33333333).to_bytes(4, "little") in data
    assert (0x77777777).to_bytes(4, "little") not in data
    # no package initialiser is left for main: everything it had is static
    assert "main.init" not in syms
