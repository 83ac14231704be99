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


def _sizes(exe: Path) -> dict[str, int]:
    out = subprocess.run(["readelf", "-sW", str(exe)], capture_output=True, check=True).stdout.decode(errors="replace")
    sizes = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 8 and parts[0].endswith(":") and parts[2].isdigit():
            sizes[parts[7]] = int(parts[2])
    return sizes


def test_allocated_only_types_keep_their_header(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(PROGRAM)
    exe = tmp_path / "prog"
    env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=str(tmp_path / "cache"))
    build = subprocess.run([sys.executable, "-m", "pogo", "build", "-o", str(exe), "main.go"],
                           cwd=tmp_path, env=env, capture_output=True, timeout=300, check=False)
    assert build.returncode == 0, build.stderr.decode()
    run = subprocess.run([str(exe)], capture_output=True, timeout=60, check=False,
                         env=dict(os.environ, POGOGCSTRESS="500"))
    assert run.stdout == b"{88890 <nil>} 19999\n", run.stderr
    sizes = _sizes(exe)
    assert sizes["type:main.rec"] == 40
    assert sizes["type:main.shown"] > 40
