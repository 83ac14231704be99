"""A type only allocated keeps just its descriptor header (link/shapes.py); one that is
also converted to an interface keeps the whole descriptor; both are collected right."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent

PROGRAM = """package main

import "fmt"

type rec struct {
	next *rec
	name string
}

type shown struct {
	x int
	p *int
}

var head *rec

func main() {
	for i := 0; i < 20000; i++ {
		head = &rec{next: head, name: fmt.Sprint(i)}
	}
	n := 0
	for r := head; r != nil; r = r.next {
		n += len(r.name)
	}
	s := &shown{x: n}
	fmt.Println(*s, head.name)
}
"""


def _sizes(dump: bytes) -> dict[str, int]:
    """Symbol sizes from the linker's -dumpsyms lines (descriptors are not in .symtab)."""
    rows = (ln.split(" ", 2) for ln in dump.decode(errors="replace").splitlines())
    return {r[2]: int(r[1]) for r in rows if len(r) == 3 and r[1].isdigit()}


def test_allocated_only_types_keep_their_header(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(PROGRAM)
    exe = tmp_path / "prog"
    env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=str(tmp_path / "cache"))
    build = subprocess.run([sys.executable, "-m", "pogo", "build", "-ldflags=-dumpsyms", "-o", str(exe), "main.go"],
                           cwd=tmp_path, env=env, capture_output=True, timeout=300, check=False)
    assert build.returncode == 0, build.stderr.decode()
    run = subprocess.run([str(exe)], capture_output=True, timeout=60, check=False,
                         env=dict(os.environ, POGOGCSTRESS="500"))
    assert run.stdout == b"{88890 <nil>} 19999\n", run.stderr
    sizes = _sizes(build.stderr)  # tool output comes under "# command-line-arguments"
    assert sizes["type:main.rec"] == 40
    assert sizes["type:main.shown"] > 40
