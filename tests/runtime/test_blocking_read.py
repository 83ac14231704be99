"""A goroutine blocked reading an empty pipe does not stop the others.

The program's reader goroutine waits on standard input (a pipe the test keeps open and
empty) while the main goroutine sleeps, ticks and prints; only after seeing that output does
the test write a line, which the reader must then echo. Both pogo's and gc's binaries must
hold the same conversation.
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
	"bufio"
	"fmt"
	"os"
	"time"
)

func main() {
	got := make(chan string)
	go func() {
		line, err := bufio.NewReader(os.Stdin).ReadString('\\n')
		if err != nil {
			got <- "error: " + err.Error()
			return
		}
		got <- line
	}()
	for i := 1; i <= 3; i++ {
		time.Sleep(5 * time.Millisecond)
		fmt.Println("main still running", i)
	}
	fmt.Println("reader received:", <-got)
}
"""


def _converse(exe: Path) -> str:
    proc = subprocess.Popen([str(exe)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    out = b""
    watchdog = threading.Timer(60, proc.kill)  # a blocked program must fail, not hang
    watchdog.start()
    try:
        for _ in range(3):
            out += proc.stdout.readline()  # printed while the reader blocks
        proc.stdin.write(b"hello\n")
        proc.stdin.close()
        out += proc.stdout.read()
        assert proc.wait(timeout=30) == 0
    finally:
        watchdog.cancel()
        proc.kill()
    return out.decode()


def test_reader_does_not_block_others() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        (tmp / "reader.go").write_text(PROGRAM)
        env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=str(tmp / "cache"))
        subprocess.run([sys.executable, "-m", "pogo", "build", "-o", "pogo-reader", "reader.go"],
                       cwd=tmp, env=env, check=True, capture_output=True, timeout=300)
        genv = dict(os.environ, GOTOOLCHAIN="local", GOCACHE=str(tmp / "gocache"), GOFLAGS="")
        subprocess.run([str(GO), "build", "-o", "gc-reader", "reader.go"], cwd=tmp, env=genv,
                       check=True, capture_output=True, timeout=300)
        want = _converse(tmp / "gc-reader")
        assert want.endswith("reader received: hello\n\n")
        assert _converse(tmp / "pogo-reader") == want
