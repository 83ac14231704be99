"""Generated-code speed: each program in bench/programs/ built by both toolchains, run with
its size argument, outputs compared, best of N runs.

A program pogo cannot build yet is reported as ``not supported yet (<first error line>)``;
one whose pogo binary prints something else than go's is reported as ``wrong output``
with the first differing line; neither is timed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from bench.report import Measure
from bench.toolchain import BENCH, Run, Toolchains, best_of, run

PROGRAMS = BENCH / "programs"


@dataclass(frozen=True)
class Program:
    name: str  # file name without .go
    title: str
    quick: int  # size argument for --quick
    full: int  # size argument for a full run
    procs: int | None = None  # GOMAXPROCS for both toolchains' runs (None: their default)


CATALOG = [
    Program("nbody", "nbody", 100_000, 1_000_000),
    Program("spectralnorm", "spectral-norm", 300, 2_000),
    Program("fannkuch", "fannkuch-redux", 9, 10),
    Program("binarytrees", "binary-trees", 12, 16),
    Program("mandelbrot", "mandelbrot", 500, 2_000),
    Program("maps", "map-heavy", 200_000, 2_000_000),
    Program("chanpingpong", "channel ping-pong", 200_000, 2_000_000),
    Program("strfmt", "string/fmt-heavy", 50_000, 500_000),
    Program("parallel", "parallel CPU workers", 200_000_000, 1_000_000_000),
    Program("parallel", "parallel CPU workers, 1 P", 200_000_000, 1_000_000_000, procs=1),
    Program("parallel", "parallel CPU workers, 2 Ps", 200_000_000, 1_000_000_000, procs=2),
]


def first_difference(want: bytes, got: bytes) -> str:
    """Describe the first line where got differs from want."""
    w = want.decode(errors="replace").split("\n")
    g = got.decode(errors="replace").split("\n")
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<end of output>"
        b = g[i] if i < len(g) else "<end of output>"
        if a != b:
            return f"line {i + 1}: want {a!r}, got {b!r}"
    return "outputs differ"


def unsupported_note(r: Run) -> str:
    line = r.first_error_line()
    if "not supported yet" in line:
        return f"not supported yet ({line})"
    return f"build failed ({line})"


def measure_program(tc: Toolchains, prog: Program, *, quick: bool, reps: int) -> Measure:
    size = prog.quick if quick else prog.full
    src = PROGRAMS / f"{prog.name}.go"
    out = tc.fresh_dir(f"prog-{prog.name}")
    env = None if prog.procs is None else dict(os.environ, GOMAXPROCS=str(prog.procs))
    m = Measure(f"{prog.title} {size}", f"generated code: run time (best of {reps})", "s", None, None)
    m.detail = f"bench/programs/{src.name} {size}"
    if prog.procs is not None:
        m.detail += f" (GOMAXPROCS={prog.procs})"
    gobin = out / f"{prog.name}.go.exe"
    pogobin = out / f"{prog.name}.pogo.exe"
    gb = tc.gocmd("build", "-o", str(gobin), str(src), cwd=PROGRAMS)
    pb = tc.pogo("build", "-o", str(pogobin), src.name, cwd=PROGRAMS)
    want: bytes | None = None
    if not gb.ok:
        m.go_note = f"build failed ({gb.first_error_line()})"
    else:
        t, r = best_of(reps, lambda: run([str(gobin), str(size)], env=env, timeout=300))
        if r.ok:
            m.go = t
            want = r.stdout
        else:
            m.go_note = f"run failed ({r.first_error_line()})"
    if not pb.ok:
        m.pogo_note = unsupported_note(pb)
        return m
    first = run([str(pogobin), str(size)], env=env, timeout=600)
    if not first.ok:
        m.pogo_note = f"crashed: exit status {first.returncode} ({first.first_error_line()})"
        return m
    if want is not None and first.stdout != want:
        m.pogo_note = f"wrong output ({first_difference(want, first.stdout)})"
        return m
    t, r = best_of(reps - 1, lambda: run([str(pogobin), str(size)], env=env, timeout=600)) if reps > 1 else (first.seconds, first)
    m.pogo = min(t, first.seconds)
    return m


def measures(tc: Toolchains, *, quick: bool, only: list[str] | None = None) -> list[Measure]:
    reps = 3 if quick else 5
    out: list[Measure] = []
    for prog in CATALOG:
        if only and not any(o in (prog.name, prog.title) for o in only):
            continue
        out.append(measure_program(tc, prog, quick=quick, reps=reps))
    return out
