"""Loader tests: build constraints, file heads, the import graph of a command-line package."""

from __future__ import annotations

from pathlib import Path

import pytest

from pogo.load.constraints import ConstraintError, eval_build_expr, filename_ok
from pogo.load.header import read_header
from pogo.load.packages import CMDLINE, Loader, LoadError, all_packages


@pytest.mark.parametrize(
    ("expr", "want"),
    [("linux", True), ("windows", False), ("linux && amd64", True), ("!linux", False),
     ("darwin || (linux && !arm64)", True), ("go1.21", True), ("go1.99", False), ("unix", True),
     ("ignore", False), ("cgo", False), ("gc && !gccgo", True)],
)
def test_build_expressions(expr: str, want: bool) -> None:
    assert eval_build_expr(expr) is want


def test_bad_build_expression() -> None:
    with pytest.raises(ConstraintError):
        eval_build_expr("linux &&")


@pytest.mark.parametrize(
    ("name", "want"),
    [("a.go", True), ("a_linux.go", True), ("a_windows.go", False), ("a_amd64.go", True),
     ("a_arm64.go", False), ("a_linux_amd64.go", True), ("a_linux_arm.go", False), ("a_test.go", False),
     ("_a.go", False), (".a.go", False), ("linux.go", True), ("a.c", False)],
)
def test_file_names(name: str, want: bool) -> None:
    assert filename_ok(name) is want


def test_header_reads_package_imports_and_constraint() -> None:
    src = (b'//go:build linux\n\n// Doc.\npackage foo\n\nimport "a"\nimport (\n\tb "x/b"\n\t_ "c"\n\t. "d"\n\t"e"\n)\n'
           b"\nfunc f() {}\n")
    h = read_header(src)
    assert h.error == "" and h.package == "foo" and h.build_expr == "linux"
    assert [(i.path, i.line, i.col) for i in h.imports] == [
        ("a", 6, 8), ("x/b", 8, 4), ("c", 9, 4), ("d", 10, 4), ("e", 11, 2)]


def test_header_missing_package_clause() -> None:
    assert read_header(b"func main() {}\n").error == "1:1: expected 'package', found 'func'"


def test_loader_adds_runtime_and_skips_unsafe(tmp_path: Path) -> None:
    f = tmp_path / "m.go"
    f.write_text('package main\n\nimport (\n\t"fmt"\n\t"unsafe"\n)\n\nfunc main() {}\n')
    pkg = Loader().load_files([str(f)])
    assert pkg.path == CMDLINE and pkg.name == "main" and pkg.imports == ["fmt", "unsafe"]
    paths = [p.path for p in all_packages(pkg)]
    assert paths[-1] == CMDLINE and paths[0] == "runtime" and "fmt" in paths and "unsafe" not in paths


def test_loader_reports_missing_and_unsupported_packages(tmp_path: Path) -> None:
    f = tmp_path / "m.go"
    f.write_text('package main\n\nimport (\n\t"nosuch/pkg"\n\t"net/http"\n)\n\nfunc main() {}\n')
    with pytest.raises(LoadError) as e:
        Loader().load_files([str(f)])
    lines = str(e.value).splitlines()
    # Like go: one line per bad import, in import-path order.
    assert lines[0] == f"{f}:5:2: pogo: standard package net/http is not supported yet"
    assert lines[1].startswith(f"{f}:4:2: package nosuch/pkg is not in std (")


def test_loader_rejects_mixed_packages(tmp_path: Path) -> None:
    (tmp_path / "a.go").write_text("package main\n")
    (tmp_path / "b.go").write_text("package other\n")
    with pytest.raises(LoadError, match="found packages main \\(a.go\\) and other \\(b.go\\)"):
        Loader().load_files([str(tmp_path / "a.go"), str(tmp_path / "b.go")])


def test_loader_missing_file() -> None:
    with pytest.raises(LoadError, match="stat nope.go: no such file or directory"):
        Loader().load_files(["nope.go"])
