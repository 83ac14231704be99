"""GOMAXPROCS and NumCPU follow gc: affinity, cgroup CPU limit, $GOMAXPROCS.

The environment variable and the affinity mask are checked against the reference toolchain
on the same machine (same program, same environment, same ``taskset``). cgroup limits cannot
be set up in a test, so the runtime's parser is driven through ``//go:linkname`` with fake
/proc and /sys files; the expected limits are gc's documented rule (quota/period rounded up,
at least 2; "max" or a negative v1 quota means no limit).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import go  # type: ignore[import-untyped]

REPO = Path(__file__).resolve().parent.parent.parent
GO = Path(os.path.dirname(go.__file__)) / "bin" / "go"

REPORT = """package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0), runtime.NumCPU())
}
"""

FAKE_CGROUPS = """package main

import (
	"fmt"
	_ "unsafe"
)

//go:linkname cgroupLimitFrom runtime.cgroupLimitFrom
func cgroupLimitFrom(read func(string) string) int

const v2mounts = "24 30 0:22 / /sys/fs/cgroup rw,nosuid shared:4 - cgroup2 cgroup2 rw,nsdelegate\\n"
const v1mounts = "31 23 0:28 / /sys/fs/cgroup rw - tmpfs tmpfs rw\\n" +
	"32 31 0:29 / /sys/fs/cgroup/cpu,cpuacct rw,relatime - cgroup cgroup rw,cpu,cpuacct\\n" +
	"33 31 0:30 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\\n"

func limit(files map[string]string) int {
	return cgroupLimitFrom(func(name string) string { return files[name] })
}

func v2(cpumax string) int {
	return limit(map[string]string{
		"/proc/self/cgroup":               "0::/app.slice/x.service\\n",
		"/proc/self/mountinfo":            v2mounts,
		"/sys/fs/cgroup/app.slice/x.service/cpu.max": cpumax,
	})
}

func v1(quota, period string) int {
	return limit(map[string]string{
		"/proc/self/cgroup":    "4:memory:/d/abc\\n3:cpu,cpuacct:/d/abc\\n0::/\\n",
		"/proc/self/mountinfo": v1mounts,
		"/sys/fs/cgroup/cpu,cpuacct/d/abc/cpu.cfs_quota_us":  quota,
		"/sys/fs/cgroup/cpu,cpuacct/d/abc/cpu.cfs_period_us": period,
	})
}

func main() {
	fmt.Println(v2("max 100000\\n"), v2("350000 100000\\n"), v2("400000 100000\\n"), v2("50000 100000\\n"), v2("garbage\\n"))
	fmt.Println(v1("-1\\n", "100000\\n"), v1("250000\\n", "100000\\n"), v1("100000\\n", "100000\\n"), v1("x\\n", "100000\\n"))
	fmt.Println(limit(map[string]string{}), limit(map[string]string{"/proc/self/cgroup": "0::/\\n"}))
}
"""


def _build(tmp: Path, name: str, source: str) -> Path:
    src = tmp / f"{name}.go"
    src.write_text(source)
    exe = tmp / name
    env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=str(tmp / "cache"))
    build = subprocess.run([sys.executable, "-m", "pogo", "build", "-o", str(exe), src.name],
                           cwd=tmp, env=env, capture_output=True, timeout=300, check=False)
    assert build.returncode == 0, build.stderr.decode()
    return exe


def _run(argv: list[str], gomaxprocs: str | None) -> str:
    env = dict(os.environ)
    env.pop("GOMAXPROCS", None)
    if gomaxprocs is not None:
        env["GOMAXPROCS"] = gomaxprocs
    return subprocess.run(argv, env=env, capture_output=True, timeout=60, check=True).stdout.decode()


def test_gomaxprocs_matches_gc() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        pogo_exe = _build(tmp, "report", REPORT)
        go_exe = tmp / "report-gc"
        genv = dict(os.environ, GOTOOLCHAIN="local", GOCACHE=str(tmp / "gocache"), GOFLAGS="")
        subprocess.run([str(GO), "build", "-o", str(go_exe), "report.go"], cwd=tmp, env=genv,
                       check=True, capture_output=True, timeout=300)
        prefixes: list[list[str]] = [[]]
        if shutil.which("taskset") and (os.cpu_count() or 1) > 1:
            prefixes.append(["taskset", "-c", "0"])
        for prefix in prefixes:
            for value in (None, "3", "1", "0", "-2", "abc", "300"):
                got = _run([*prefix, str(pogo_exe)], value)
                want = _run([*prefix, str(go_exe)], value)
                assert got == want, (prefix, value)


def test_cgroup_limits() -> None:
    with tempfile.TemporaryDirectory() as d:
        exe = _build(Path(d), "fake", FAKE_CGROUPS)
        out = subprocess.run([str(exe)], capture_output=True, timeout=60, check=True).stdout.decode()
        assert out == "0 4 4 2 0\n0 3 2 0\n0 0\n"
