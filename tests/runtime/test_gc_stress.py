"""The collector under stress: gc_* programs of the e2e corpus with collections forced often.

``POGOGCSTRESS=N`` makes the runtime collect every N allocations, so an object the collector
fails to reach (a pointer word missing from a type's bitmap, from the globals' map, or from a
scanned stack) is freed while still in use and its memory reused by the next allocations; the
programs check their data and print results that must still equal the reference toolchain's
output (``NAME.out``). ``GOGC`` settings (off, very low) must not change the output either.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
RUN_DIR = REPO / "tests" / "testdata" / "run"
CACHE = tempfile.mkdtemp(prefix="pogo-gcstress-cache-")
BIN = tempfile.mkdtemp(prefix="pogo-gcstress-bin-")

# (program, environment): stress intervals chosen so each run collects hundreds to
# thousands of times and still finishes in seconds.
CASES = [
    ("gc_globals", {"POGOGCSTRESS": "97"}),
    ("gc_globals", {"GOGC": "off"}),
    ("gc_mixed_layout", {"POGOGCSTRESS": "1009"}),
    ("gc_mixed_layout", {"GOGC": "1"}),
    ("gc_closures", {"POGOGCSTRESS": "2003"}),
    ("gc_ptrslice", {"POGOGCSTRESS": "4001"}),
    ("gc_maps", {"POGOGCSTRESS": "1013"}),
    ("gc_strings", {"POGOGCSTRESS": "1021"}),
    ("gc_goroutines", {"POGOGCSTRESS": "503"}),
    ("gc_reflect_call", {"POGOGCSTRESS": "37"}),
    # precise stack maps: every frame must match its map (POGOSTACKCHECK=1 makes a
    # mismatch fatal) while objects only a dead slot points to are freed
    ("gc_stack_precise", {"POGOGCSTRESS": "3", "POGOSTACKCHECK": "1"}),
    ("gc_goroutines", {"POGOGCSTRESS": "17", "POGOSTACKCHECK": "1"}),
    ("gc_stack_maps", {"POGOGCSTRESS": "5", "POGOSTACKCHECK": "1"}),
    ("gc_finalizer", {"POGOGCSTRESS": "3", "POGOSTACKCHECK": "1"}),
    ("gc_closures", {"POGOGCSTRESS": "41", "POGOSTACKCHECK": "1"}),
    # stacks that move: pointers into them adjusted by the copy, collections meanwhile
    ("stack_grow_pointers", {"POGOGCSTRESS": "53", "POGOSTACKCHECK": "1"}),
    ("stack_grow_defer", {"POGOGCSTRESS": "53", "POGOSTACKCHECK": "1"}),
    ("stack_grow_chan", {"POGOGCSTRESS": "53", "POGOSTACKCHECK": "1"}),
    ("stack_shrink", {"POGOGCSTRESS": "7", "POGOSTACKCHECK": "1"}),
]


def _build(name: str) -> Path:
    exe = Path(BIN) / name
    if exe.exists():
        return exe
    env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=CACHE)
    build = subprocess.run(
        [sys.executable, "-m", "pogo", "build", "-o", str(exe), f"{name}.go"],
        cwd=RUN_DIR, env=env, capture_output=True, timeout=300, check=False,
    )
    assert build.returncode == 0, build.stderr.decode()
    return exe


@pytest.mark.parametrize(("name", "settings"), CASES,
                         ids=[f"{n}-{'-'.join(f'{k}={v}' for k, v in s.items())}" for n, s in CASES])
def test_gc_program_under_stress(name: str, settings: dict[str, str]) -> None:
    exe = _build(name)
    env = {k: v for k, v in os.environ.items() if k not in ("POGOGCSTRESS", "GOGC")}
    env.update(settings)
    proc = subprocess.run([str(exe)], cwd=RUN_DIR, env=env, capture_output=True, timeout=300, check=False)
    want_code = int((RUN_DIR / f"{name}.code").read_text())
    assert proc.returncode == want_code, proc.stderr.decode()
    assert proc.stdout.decode() == (RUN_DIR / f"{name}.out").read_text()
