"""``pogo run``: build the named files into a temporary executable and run it."""

from __future__ import annotations

import signal
import subprocess
import sys

from pogo.cmd.base import UsageError, build_exe, exe_name, load_roots, parse_build_flags
from pogo.load.packages import LoadError
from pogo.work.workdir import WorkDir

USAGE = "usage: go run [build flags] [-exec xprog] package [arguments...]\nRun 'go help run' for details.\n"


def _split_files(rest: list[str]) -> tuple[list[str], list[str]]:
    """go run takes the leading *.go arguments, or else the first argument, as the package;
    the rest are the program's arguments."""
    i = 0
    while i < len(rest) and rest[i].endswith(".go"):
        i += 1
    if i == 0 and rest:
        return rest[:1], rest[1:]
    return rest[:i], rest[i:]


def _signal_name(sig: int) -> str:
    names: dict[int, str] = {
        signal.SIGSEGV: "segmentation fault", signal.SIGKILL: "killed", signal.SIGABRT: "aborted",
        signal.SIGILL: "illegal instruction", signal.SIGBUS: "bus error", signal.SIGFPE: "floating point exception",
        signal.SIGTERM: "terminated", signal.SIGINT: "interrupt", signal.SIGTRAP: "trace/breakpoint trap",
        signal.SIGPIPE: "broken pipe",
    }
    return names.get(sig, f"signal {sig}")


def main(argv: list[str]) -> int:
    try:
        flags, rest = parse_build_flags(argv, {"-exec"})
    except UsageError as e:
        sys.stderr.write(f"{e}\n{USAGE}")
        return 2
    files, args = _split_files(rest)
    if not files:
        sys.stderr.write("go: no go files listed\n")
        return 1
    try:
        pkg = load_roots(files, flags)[0]
    except LoadError as e:
        sys.stderr.write(f"{_go_prefix(str(e))}\n")
        return 1
    if pkg.name != "main":
        sys.stderr.write(f"package {pkg.path} is not a main package\n")
        return 1
    work = WorkDir(flags.keep_work, flags.show or flags.dry_run)
    try:
        link = build_exe(pkg, flags, exe_name(pkg), work, True)
        if link is None:
            return 1
        cmd = ([flags.exec_prog] if flags.exec_prog else []) + [link.target] + args
        if flags.show or flags.dry_run:
            sys.stderr.write(" ".join(work.shown(c) for c in cmd) + "\n")
            sys.stderr.flush()
        if flags.dry_run:
            return 0
        sys.stdout.flush()
        try:
            p = subprocess.run(cmd)
        except OSError as e:
            sys.stderr.write(f"fork/exec {cmd[0]}: {e.strerror or e}\n")
            return 1
        except KeyboardInterrupt:
            return 1
        if p.returncode < 0:
            sys.stderr.write(f"signal: {_signal_name(-p.returncode)}\n")
            return 1
        if p.returncode != 0:
            sys.stderr.write(f"exit status {p.returncode}\n")
            return 1
        return 0
    finally:
        work.cleanup()


def _go_prefix(msg: str) -> str:
    """go prefixes a few whole-command errors with "go: "."""
    if msg == "no go files listed":
        return "go: " + msg
    return msg
