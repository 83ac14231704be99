"""An installed pogo (``pip install .``) must carry every file the checkout's pogo reads:
the data tables next to the modules (gc's inlinable std functions, the std package list)
were once left out, and an installed pogo then built bigger binaries with other ``-m``
output than the checkout, silently."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

from pogo.cache.toolid import pogo_files

REPO = Path(__file__).resolve().parent.parent.parent
PKG = REPO / "pogo"


def test_package_data_covers_the_files_pogo_reads() -> None:
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["*"]
    data = [Path(p) for p in pogo_files() if not p.endswith(".py")]
    assert {p.name for p in data} >= {"inline_std.txt", "std_packages.txt"}
    for p in data:
        # setuptools matches each pattern relative to the directory of the package holding it
        assert any(fnmatch.fnmatch(p.name, pat) for pat in patterns if "/" not in pat), p.relative_to(PKG)
