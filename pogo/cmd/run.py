"""``pogo run``: build the named package into a cached executable and run it.

The warm path comes first and imports almost nothing: if ``cache/runindex.py`` finds that no
input of the last identical ``pogo run`` changed, the cached executable (verified by hash)
runs at once. Otherwise the package is loaded, built (compiling only what the cache lacks)
and recorded for next time. The program runs as a child with inherited stdio; SIGINT and
SIGTERM reach it, and a non-zero exit is reported as ``exit status N`` with exit status 1,
as with go run.
"""

from __future__ import annotations

import os
import signal
import sys

from pogo.cmd.flags import BuildFlags, UsageError, parse_build_flags

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


def _warm(flags: BuildFlags, build_args: list[str]) -> tuple[str, str, str] | None:
    """(cache root, run key, executable) when nothing changed since the last identical run."""
    if flags.show or flags.dry_run or flags.keep_work or flags.verbose or flags.force:
        return None
    if os.environ.get("POGOSSAFUNC"):
        return None  # the build must run: it (re)writes ssa.html
    from pogo.cache import runindex
    from pogo.cache.store import Cache, default_dir

    root = default_dir()
    if root == "off":
        return None
    key = runindex.run_key(build_args)
    link_id = runindex.lookup(root, key)
    if link_id is not None:
        try:
            e = Cache(root).get(link_id)
        except OSError:
            e = None
        if e is not None:
            return root, key, e.path
    return root, key, ""


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
    build_args = argv[: len(argv) - len(args)]
    warm = _warm(flags, build_args)
    if warm is not None and warm[2]:
        return execute(([flags.exec_prog] if flags.exec_prog else []) + [warm[2]] + args)
    return _build_and_run(flags, files, args, warm)


def _build_and_run(flags: BuildFlags, files: list[str], args: list[str], warm: tuple[str, str, str] | None) -> int:
    from pogo.cmd.base import build_exe, exe_name, load_roots
    from pogo.load.packages import LoadError
    from pogo.work.workdir import WorkDir

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
        if warm is not None and link.key:
            _record(warm[0], warm[1], link.key, pkg)
        cmd = ([flags.exec_prog] if flags.exec_prog else []) + [link.target] + args
        if flags.show or flags.dry_run:
            sys.stderr.write(" ".join(work.shown(c) for c in cmd) + "\n")
            sys.stderr.flush()
        if flags.dry_run:
            return 0
        return execute(cmd)
    finally:
        work.cleanup()


def _record(root: str, key: str, link_id: str, pkg: object) -> None:
    """Remember every input of this build for the warm path."""
    from pogo.cache import runindex
    from pogo.cache.toolid import pogo_files
    from pogo.load import modules
    from pogo.load.packages import Package, all_packages

    assert isinstance(pkg, Package)
    files: list[str] = [f for f in modules.FILES_READ if os.path.exists(f)]
    absent: list[str] = [f for f in modules.FILES_READ if not os.path.exists(f)]
    dirs: list[str] = []
    for p in all_packages(pkg):
        dirs.append(p.dir)
        try:
            files.extend(os.path.join(p.dir, f) for f in os.listdir(p.dir) if f.endswith(".go"))
        except OSError:
            return
    d = os.getcwd()
    while True:  # a go.mod appearing here or above would change what this command means
        gomod = os.path.join(d, "go.mod")
        (files if os.path.exists(gomod) else absent).append(gomod)
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    files.extend(pogo_files())
    runindex.record(root, key, link_id, files, dirs, absent)


def execute(cmd: list[str]) -> int:
    """Run the program with inherited stdio; report its exit like go run does."""
    sys.stdout.flush()
    sys.stderr.flush()
    child = {"pid": 0, "pending": 0}

    def forward(sig: int, _frame: object) -> None:
        if child["pid"]:
            try:
                os.kill(child["pid"], sig)
            except OSError:
                pass
        else:
            child["pending"] = sig  # arrived before the child existed: deliver it once it does

    # Installed before the child starts, so a SIGTERM can never kill pogo and orphan the
    # program. Ctrl-C reaches the child through the terminal's process group; pogo ignores it
    # and waits for the child either way.
    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        pid = os.posix_spawn(cmd[0], cmd, os.environ, setsigdef=(signal.SIGINT, signal.SIGTERM))
    except OSError as e:
        sys.stderr.write(f"fork/exec {cmd[0]}: {(e.strerror or str(e)).lower()}\n")
        return 1
    child["pid"] = pid
    if child["pending"]:
        forward(child["pending"], None)
    while True:
        try:
            _, status = os.waitpid(pid, 0)
            break
        except InterruptedError:
            continue
    if os.WIFSIGNALED(status):
        sys.stderr.write(f"signal: {_signal_name(os.WTERMSIG(status))}\n")
        return 1
    code = os.WEXITSTATUS(status)
    if code != 0:
        sys.stderr.write(f"exit status {code}\n")
        return 1
    return 0


def _go_prefix(msg: str) -> str:
    """go prefixes a few whole-command errors with "go: "."""
    if msg == "no go files listed":
        return "go: " + msg
    return msg
