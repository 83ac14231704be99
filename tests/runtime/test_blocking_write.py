"""A goroutine blocked writing to a full stdout pipe does not stop the others.

The program's writer goroutine writes 1 MiB to standard output, a pipe the test does not
drain at first, so the write blocks in write(2); meanwhile the main goroutine sleeps and
prints three lines to standard error. Only after reading those does the test drain
standard output, and the writer finishes. Both pogo's and gc's binaries must behave the
same (with pogo's runtime of one thread, the program would hang and the watchdog fires).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import go  # type: ignore[import-untyped]

REPO = Path(__file__).resolve().parent.parent.parent
GO = Path(os.path.dirname(go.__file__)) / "bin" / "go"

PROGRAM = """package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	done := make(chan int)
	go func() {
		buf := make([]byte, 1<<20)
		for i := range buf {
			buf[i] = 'a' + byte(i%26)
		}
		n, _ := os.Stdout.Write(buf)
		done <- n
	}()
	for i := 1; i <= 3; i++ {
		time.Sleep(5 * time.Millisecond)
		fmt.Fprintln(os.Stderr, "main still running", i)
	}
	fmt.Fprintln(os.Stderr, "writer wrote", <-done)
}
"""


def _run(exe: Path) -> tuple[str, int]:
    proc = subprocess.Popen([str(exe)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    err = b""
    watchdog = threading.Timer(60, proc.kill)  # a blocked program must fail, not hang
    watchdog.start()
    try:
        for _ in range(3):
            err += proc.stderr.readline()  # printed while the writer is blocked
        out = proc.stdout.read()
        err += proc.stderr.read()
        assert proc.wait(timeout=30) == 0
    finally:
        watchdog.cancel()
        proc.kill()
    return err.decode(), len(out)


def test_writer_does_not_block_others() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        (tmp / "writer.go").write_text(PROGRAM)
        env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=str(tmp / "cache"))
        subprocess.run([sys.executable, "-m", "pogo", "build", "-o", "pogo-writer", "writer.go"],
                       cwd=tmp, env=env, check=True, capture_output=True, timeout=300)
        genv = dict(os.environ, GOTOOLCHAIN="local", GOCACHE=str(tmp / "gocache"), GOFLAGS="")
        subprocess.run([str(GO), "build", "-o", "gc-writer", "writer.go"], cwd=tmp, env=genv,
                       check=True, capture_output=True, timeout=300)
        want = _run(tmp / "gc-writer")
        assert want == ("main still running 1\nmain still running 2\nmain still running 3\n"
                        "writer wrote 1048576\n", 1 << 20)
        assert _run(tmp / "pogo-writer") == want
