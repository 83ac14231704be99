"""Every SSA pass keeps the invariants of ssa/verify.py on real code: a sample of the
end-to-end programs and every standard package they import are compiled with the verifier
run before the first pass and after each one (POGOSSACHECK=1, part of the compile action
ID, so nothing is taken from a cache built without it)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import pogo as pogo_pkg

RUN = Path(__file__).resolve().parent.parent / "testdata" / "run"
_IMPORT = re.compile(r'^\s*(?:import\s+)?(?:[\w.]+\s+)?"([\w./]+)"\s*$', re.M)


def corpus() -> list[Path]:
    """Few programs that together import every standard package any run program imports
    (greedy set cover, ties by name), and every 150th program besides for variety."""
    progs = sorted(RUN.glob("*.go"))
    imports = {p: set(_IMPORT.findall(p.read_text(errors="replace"))) for p in progs}
    left = set().union(*imports.values())
    chosen: set[Path] = set(progs[::150])
    for p in chosen:
        left -= imports[p]
    while left:
        best = max(progs, key=lambda p: (len(imports[p] & left), -progs.index(p)))
        chosen.add(best)
        left -= imports[best]
    return sorted(chosen)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ssacheck-cache")


@pytest.mark.parametrize("prog", corpus(), ids=lambda p: p.stem)
def test_passes_verify(prog: Path, cache: Path, tmp_path: Path) -> None:
    root = str(Path(pogo_pkg.__file__).resolve().parent.parent)
    env = dict(os.environ, POGOCACHE=str(cache), POGOSSACHECK="1", PYTHONPATH=root)
    env.pop("POGOSSAFUNC", None)
    r = subprocess.run(
        [sys.executable, "-m", "pogo", "build", "-o", str(tmp_path / "prog"), prog.name],
        cwd=RUN, capture_output=True, text=True, timeout=900, env=env,
    )
    assert "SSAError" not in r.stderr and "internal error" not in r.stderr, r.stderr
    if r.returncode != 0:  # a program meant not to compile: its errors are the expected ones
        assert (RUN / (prog.stem + ".err")).exists() or "not supported yet" in r.stderr, r.stderr
