"""importcfg parsing, shared by the compiler and the linker."""

from __future__ import annotations

from pathlib import Path

import pytest

from pogo.compile.main import main as compile_main
from pogo.obj.importcfg import ImportcfgError, read_importcfg


def test_packagefile_lines(tmp_path: Path) -> None:
    cfg = tmp_path / "importcfg"
    cfg.write_text("# import config\npackagefile fmt=/w/b002/_pkg_.a\nimportmap x=y\n\npackagefile a/b = c.a\n")
    assert read_importcfg(str(cfg)) == {"fmt": "/w/b002/_pkg_.a", "a/b": "c.a"}


def test_malformed_line(tmp_path: Path) -> None:
    cfg = tmp_path / "importcfg"
    cfg.write_text("packagefile fmt\n")
    with pytest.raises(ImportcfgError, match=r"importcfg:1: invalid packagefile"):
        read_importcfg(str(cfg))


def test_compile_reports_missing_importcfg(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.go"
    src.write_text("package main\n\nfunc main() {}\n")
    missing = tmp_path / "nope"
    assert compile_main(["-o", str(tmp_path / "a.a"), "-importcfg", str(missing), str(src)]) == 2
    assert capsys.readouterr().err == f"open {missing}: no such file or directory\n"
