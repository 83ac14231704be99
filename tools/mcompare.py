"""Measure how many ``-gcflags=-m`` report lines pogo prints exactly as gc does.

For each program, ``go build -gcflags=-m`` and ``pogo build -gcflags=-m`` are run in the
program's directory; lines are compared as multisets (order aside). Prints per-program
counts and the total ``N of M gc lines identical`` (plus pogo's extra lines)::

    python tools/mcompare.py tests/testdata/run/*.go
    python tools/mcompare.py --every 3 tests/testdata/run/*.go
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "testdata"))

from regen import go_binary, go_env  # type: ignore[import-not-found]  # noqa: E402


def report(cmd: list[str], src: Path, env: dict[str, str]) -> list[str] | None:
    with tempfile.TemporaryDirectory() as d:
        r = subprocess.run([*cmd, "build", "-gcflags=-m", "-o", os.path.join(d, "x"), src.name], cwd=src.parent,
                           env=env, capture_output=True, timeout=600, check=False)
    if r.returncode != 0:
        return None
    return [ln for ln in r.stderr.decode("utf-8", "replace").splitlines() if not ln.startswith("#")]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("files", nargs="+")
    a = ap.parse_args(argv)
    genv = go_env()
    penv = dict(os.environ, PYTHONPATH=str(REPO))
    total = same = extra = 0
    for src in [Path(f).resolve() for f in a.files][:: a.every]:
        want = report([str(go_binary())], src, genv)
        got = report([sys.executable, "-m", "pogo"], src, penv)
        if want is None or got is None:
            print(f"{src.name}: {'go' if want is None else 'pogo'} failed")
            continue
        w, g = Counter(want), Counter(got)
        n = sum((w & g).values())
        total += len(want)
        same += n
        extra += len(got) - n
        print(f"{src.name}: {n} of {len(want)} identical, {len(got) - n} extra", flush=True)
    print(f"TOTAL: {same} of {total} gc lines identical; pogo printed {extra} other lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
