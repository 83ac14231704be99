"""Runtime stress programs: run time and peak RSS side by side with go.

Issue 9 asks for two: 10,000 goroutines passing messages through channels
(``programs/goroutines.go``) and a loop that allocates a few GB in total with a small live
set (``programs/allocloop.go``). Both toolchains build each program; each binary runs once
per repetition under ``wait4`` (``run_rusage``), go's output is the oracle, and the best time
and the largest peak RSS of the runs are reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.codespeed import first_difference, unsupported_note
from bench.report import Measure
from bench.toolchain import BENCH, Run, Toolchains, run_rusage

PROGRAMS = BENCH / "programs"


@dataclass(frozen=True)
class Stress:
    name: str  # file name without .go
    title: str
    quick: int
    full: int


CATALOG = [
    Stress("goroutines", "10k goroutines ring, laps", 20, 100),
    Stress("allocloop", "allocation loop, GB", 1, 4),
]


def _runs(argv: list[str], reps: int) -> tuple[Run, float, int]:
    """The first run, the best time and the largest peak RSS (KiB) of up to reps runs."""
    first = run_rusage(argv, timeout=600)
    best, rss = first.seconds, first.maxrss_kib
    if first.ok:
        for _ in range(reps - 1):
            r = run_rusage(argv, timeout=600)
            best, rss = min(best, r.seconds), max(rss, r.maxrss_kib)
    return first, best, rss


def measure(tc: Toolchains, prog: Stress, *, quick: bool, reps: int) -> list[Measure]:
    size = prog.quick if quick else prog.full
    group = "runtime stress"
    t = Measure(f"{prog.title} {size}: time", group, "s", None, None, detail=f"bench/programs/{prog.name}.go {size}")
    m = Measure(f"{prog.title} {size}: peak RSS", group, "KiB", None, None, detail=t.detail)
    out = tc.fresh_dir(f"stress-{prog.name}")
    gobin, pogobin = out / f"{prog.name}.go.exe", out / f"{prog.name}.pogo.exe"
    src = f"{prog.name}.go"
    want: bytes | None = None
    gb = tc.gocmd("build", "-o", str(gobin), src, cwd=PROGRAMS)
    if not gb.ok:
        t.go_note = m.go_note = f"build failed ({gb.first_error_line()})"
    else:
        r, best, rss = _runs([str(gobin), str(size)], reps)
        if r.ok:
            t.go, m.go, want = best, float(rss), r.stdout
        else:
            t.go_note = m.go_note = f"run failed ({r.first_error_line()})"
    pb = tc.pogo("build", "-o", str(pogobin), src, cwd=PROGRAMS)
    if not pb.ok:
        t.pogo_note = m.pogo_note = unsupported_note(pb)
        return [t, m]
    r, best, rss = _runs([str(pogobin), str(size)], reps)
    if not r.ok:
        t.pogo_note = m.pogo_note = f"crashed: exit status {r.returncode} ({r.first_error_line()})"
    elif want is not None and r.stdout != want:
        t.pogo_note = m.pogo_note = f"wrong output ({first_difference(want, r.stdout)})"
    else:
        t.pogo, m.pogo = best, float(rss)
    return [t, m]


def measures(tc: Toolchains, *, quick: bool) -> list[Measure]:
    reps = 2 if quick else 3
    out: list[Measure] = []
    for prog in CATALOG:
        out += measure(tc, prog, quick=quick, reps=reps)
    return out
