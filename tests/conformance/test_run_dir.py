"""conformance/run_dir.py: headers, build constraints, and a real run with one program that
must pass, one that must fail and two that must be skipped."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from conformance import run_dir  # noqa: E402
from conformance.buildtags import eval_expr, filename_ok, plus_build_ok  # noqa: E402

PASS = """// run

package main

import "fmt"

func main() {
	fmt.Println(6 * 7)
}
"""

FAIL = """// run

package main

import "fmt"

func main() {
	fmt.Println(1 + 1)
}
"""

ERRORCHECK = """// errorcheck

package main

func main() {
	x := 1 // ERROR "declared and not used"
}
"""

WINDOWS = """//go:build windows

// run

package main

func main() {}
"""


def test_read_header() -> None:
    assert run_dir.read_header(PASS).action == "run"
    h = run_dir.read_header("// run -gcflags=-N a b\n\npackage main\n")
    assert (h.action, h.words) == ("run", ["-gcflags=-N", "a", "b"])
    assert run_dir.read_header(ERRORCHECK).action == "errorcheck"
    assert run_dir.read_header("package main\n").action == ""
    h = run_dir.read_header(WINDOWS)
    assert h.action == "run" and "windows" in h.excluded
    assert run_dir.read_header("// +build linux\n\n// run\n\npackage main\n").excluded == ""


def test_build_constraints() -> None:
    assert eval_expr("linux && amd64")
    assert eval_expr("!windows && (unix || plan9)")
    assert not eval_expr("darwin || arm64")
    assert eval_expr("go1.21") and not eval_expr("cgo")
    assert plus_build_ok("// +build linux,amd64 darwin") and not plus_build_ok("// +build !linux")
    assert filename_ok("x_linux_amd64.go") and not filename_ok("x_windows.go") and not filename_ok("x_arm64.go")


def test_run_dir_counts(tmp_path: Path, shared_pogo_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "progs"
    d.mkdir()
    (d / "answer.go").write_text(PASS)
    (d / "answer.out").write_text("42\n")
    (d / "wrong.go").write_text(FAIL)
    (d / "wrong.out").write_text("3\n")  # deliberately wrong: pogo prints 2
    (d / "unused.go").write_text(ERRORCHECK)
    (d / "win.go").write_text(WINDOWS)
    code = run_dir.main(["-j", str(min(2, os.cpu_count() or 1)), str(d)])
    out = capsys.readouterr().out
    assert out.strip().endswith("1 passed, 1 failed, 2 skipped"), out
    assert "FAIL wrong.go: stdout line 1: want '3', got '2'" in out
    assert code == 1


def test_missing_dir(tmp_path: Path) -> None:
    assert run_dir.main([str(tmp_path / "nope")]) == 2


def test_go_truth_overrides_stale_out(tmp_path: Path, shared_pogo_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --go-truth a stale NAME.out is ignored; the reference go's stdout and stderr,
    read together, are expected instead (println output counts)."""
    from conformance.common import find_go
    if find_go() is None:
        pytest.skip("no reference go")
    d = tmp_path / "progs"
    d.mkdir()
    (d / "stale.go").write_text("// run\n\npackage main\n\nfunc main() {\n\tprintln(1 + 1)\n}\n")
    (d / "stale.out").write_text("3\n")
    assert run_dir.main([str(d)]) == 1
    assert "FAIL stale.go: stdout line 1: want '3', got '2'" in capsys.readouterr().out
    assert run_dir.main(["--go-truth", str(d)]) == 0
    assert capsys.readouterr().out.strip().endswith("1 passed, 0 failed, 0 skipped")
