"""The garbage collector keeps an allocation-heavy program in bounded memory.

A pogo-built program allocates about 4 GB in total (large buffers, every page of them written, medium slices, small
pointerful objects and trees) while keeping a live set of roughly 20 MB, checks its live data,
and must finish with the right output and a peak resident set size below 100 MB (read with
``os.wait4`` for exactly that child). The bound is a correctness property of the collector
(memory is reused), not a timing measurement.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
LIMIT_KB = 100 * 1024

PROGRAM = """package main

import "fmt"

type node struct {
	l, r *node
	v    int
}

func tree(d, v int) *node {
	if d == 0 {
		return &node{v: v}
	}
	return &node{tree(d-1, v+1), tree(d-1, v+2), v}
}

func (t *node) sum() int {
	if t == nil {
		return 0
	}
	return t.v + t.l.sum() + t.r.sum()
}

func main() {
	var ring [64][]byte // 64 live buffers of 256 KB: a 16 MB live set
	var trees [8]*node
	total := 0
	check := 0
	for i := 0; i < 16000; i++ {
		b := make([]byte, 256<<10)
		for k := 0; k < len(b); k += 4096 { // touch every page
			b[k] = byte(i + k>>12)
		}
		b[len(b)-1] = byte(i >> 8)
		if old := ring[i%64]; old != nil {
			check += int(old[0]) + int(old[4096]) + int(old[len(old)-1])
		}
		ring[i%64] = b
		total += len(b)
		for j := 0; j < 20; j++ {
			s := make([]int, 100+j)
			s[j] = j
			check += s[j]
			total += 8 * len(s)
		}
		if i%100 == 0 {
			trees[(i/100)%8] = tree(10, i)
		}
	}
	for _, t := range trees {
		check += t.sum() % 1000
	}
	fmt.Println(total>>30, "GB", check)
}
"""


def _expected() -> str:
    """What the program prints, computed in Python from the same arithmetic."""
    total = 0
    check = 0
    ring: list[int | None] = [None] * 64
    trees: list[int] = [0] * 8
    for i in range(16000):
        old = ring[i % 64]
        if old is not None:
            check += (old & 0xFF) + ((old + 1) & 0xFF) + ((old >> 8) & 0xFF)
        ring[i % 64] = i
        total += 256 << 10
        for j in range(20):
            check += j
            total += 8 * (100 + j)
        if i % 100 == 0:
            trees[(i // 100) % 8] = i
    for v in trees:
        check += _tree_sum(10, v) % 1000
    return f"{total >> 30} GB {check}\n"


def _tree_sum(d: int, v: int) -> int:
    if d == 0:
        return v
    return v + _tree_sum(d - 1, v + 1) + _tree_sum(d - 1, v + 2)


def test_allocation_loop_stays_below_100mb() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "alloc.go"
        src.write_text(PROGRAM)
        exe = Path(tmp) / "alloc"
        env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=str(Path(tmp) / "cache"))
        env.pop("POGOGCSTRESS", None)
        env.pop("GOGC", None)
        build = subprocess.run(
            [sys.executable, "-m", "pogo", "build", "-o", str(exe), src.name],
            cwd=tmp, env=env, capture_output=True, timeout=300, check=False,
        )
        assert build.returncode == 0, build.stderr.decode()
        proc = subprocess.Popen([str(exe)], stdout=subprocess.PIPE, env=env)
        assert proc.stdout is not None
        out = proc.stdout.read().decode()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        assert proc.returncode == 0
        assert out == _expected()
        assert usage.ru_maxrss < LIMIT_KB, f"peak RSS {usage.ru_maxrss} KB"
