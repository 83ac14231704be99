"""POGOSSAFUNC: ssa.html with a column per SSA pass, written even when the build is cached."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import pogo as pogo_pkg
from pogo.compile.ssa.compile import PASSES
from pogo.compile.ssa.html import matches, parse_env, split_symbol, strip_type_args

PROG = """package main

type T struct{ x int }

func (t *T) M(a int) int { return t.x*3 + a }

func sum(xs []int) int {
	s := 0
	for i := 0; i < len(xs); i++ {
		s += xs[i] * 5
	}
	return s
}

func main() {
	t := &T{4}
	println(sum([]int{1, 2, 3}), t.M(2))
}
"""


def pogo(args: list[str], cwd: Path, cache: Path, ssafunc: str) -> subprocess.CompletedProcess[str]:
    # the pogo under test (this checkout), whatever else is installed
    root = str(Path(pogo_pkg.__file__).resolve().parent.parent)
    env = dict(os.environ, POGOCACHE=str(cache), POGOSSAFUNC=ssafunc, PYTHONPATH=root)
    return subprocess.run(
        [sys.executable, "-m", "pogo", *args], cwd=cwd, capture_output=True, text=True, timeout=600, env=env
    )


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ssahtml-cache")


def columns(page: str) -> list[str]:
    return re.findall(r"<h2[^>]*>([^<]*)</h2>", page)


def test_page_has_a_column_per_pass_and_the_values(tmp_path: Path, cache: Path) -> None:
    (tmp_path / "main.go").write_text(PROG)
    (tmp_path / "go.mod").write_text("module ex\n\ngo 1.22\n")
    r = pogo(["build", "-o", "prog", "."], tmp_path, cache, "sum")
    assert r.returncode == 0, r.stderr
    assert r.stderr == "# ex\ndumped SSA for sum,1 to ./ssa.html\n"
    page = (tmp_path / "ssa.html").read_text()
    cols = columns(page)
    assert cols[0] == "sources: main.go"
    assert cols[1:] == ["start"] + [name for name, _ in PASSES] + ["layout", "regalloc", "frame", "asm"]
    assert "func sum(xs []int) int {" in page and "func main()" not in page
    # every column names values; the ones left at the end were there from the start
    bodies = re.split(r"<h2[^>]*>", page)[2:]
    ids = [set(re.findall(r'data-k="(v\d+)"', b)) for b in bodies[:-2]]  # not frame, asm
    assert all(ids) and ids[-1] <= ids[0] | set().union(*ids[1:-1])
    assert ">Mul<" in page or "SHL" in page.upper()
    # the regalloc column gives every value that needs one a register or a frame slot
    assert re.search(r'class="loc">: (R[A-Z0-9]+|XMM\d+|\[rbp[+-]\d+\])<', bodies[-3])
    assert "frame: " in bodies[-2] and "STEXT" in bodies[-1]
    assert "data-k" in page and "<script>" in page


def test_dump_happens_again_from_the_cache(tmp_path: Path, cache: Path) -> None:
    (tmp_path / "main.go").write_text(PROG)
    (tmp_path / "go.mod").write_text("module ex\n\ngo 1.22\n")
    r = pogo(["build", "-o", "prog", "."], tmp_path, cache, "(*T).M")
    assert r.returncode == 0 and "dumped SSA for (*T).M,1 to ./ssa.html" in r.stderr
    first = (tmp_path / "ssa.html").read_text()
    (tmp_path / "ssa.html").unlink()
    r = pogo(["run", "."], tmp_path, cache, "main.(*T).M")
    assert r.returncode == 0 and r.stderr.endswith("\n30 14\n")  # println writes to stderr
    again = (tmp_path / "ssa.html").read_text()
    (tmp_path / "ssa.html").unlink()
    r = pogo(["run", "."], tmp_path, cache, "main.(*T).M")  # everything cached now
    assert "dumped SSA for (*T).M,1 to ./ssa.html" in r.stderr
    assert (tmp_path / "ssa.html").read_text() == again
    assert columns(first) == columns(again)


def test_names_match_like_gossafunc() -> None:
    assert split_symbol("compress/gzip.(*Reader).Reset") == ("compress/gzip", "(*Reader).Reset")
    assert split_symbol("main.(*List[a/b.T]).Push") == ("main", "(*List[a/b.T]).Push")
    assert strip_type_args("(*List[map[int]string]).Push") == "(*List).Push"
    assert parse_env("f+") == ("f", True) and parse_env("f:lower") == ("f", False)
    for pat in ("main", "main.main", "main,1"):
        assert matches(pat, "main.main")
    assert not matches("main", "runtime.mainloop") and not matches("", "main.main")
    for pat in ("(*Reader).Reset", "gzip.(*Reader).Reset", "compress/gzip.(*Reader).Reset"):
        assert matches(pat, "compress/gzip.(*Reader).Reset")
    assert not matches("zip.(*Reader).Reset", "compress/gzip.(*Reader).Reset")
    assert matches("Map", "main.Map[int]") and matches("Map[int]", "main.Map[int]")
    assert matches("main.func1", "main.main.func1") and matches("T.M", "p.T.M")
