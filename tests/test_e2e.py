"""End-to-end tests: ``pogo run`` must behave exactly like ``go run`` on the testdata corpus.

``testdata/run/NAME.go`` programs are compared on stdout (``NAME.out``), exit status
(``NAME.code``) and, when ``NAME.err`` exists, stderr; ``NAME.args`` holds their command-line
arguments, one per line, and ``NAME.stdin``, when it exists, is piped to their standard input;
``// env: KEY=VALUE ...`` comment lines before the ``package`` clause set environment variables
(``// env: GOMAXPROCS=4``).
For programs whose name starts with ``panic_`` or ``conc_panic_`` only the first line of stderr
is compared (the panic message), for ``conc_deadlock*`` the first three (down to
``goroutine 1 [wait reason]:``): the tracebacks that follow are compared, frame by frame for
the program's own file, by ``tests/runtime/test_traceback.py``.  ``testdata/errors/NAME.go``
programs fail to compile and are compared on stderr (``NAME.err``) and exit status
(``NAME.code``).  ``testdata/escape/NAME.go`` programs are built with ``-gcflags=-m`` and
compared on the inlining/escape report (``NAME.m``), then run (``NAME.out``).  The expected
files come from the reference Go toolchain; regenerate them with ``python tests/testdata/regen.py``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

TESTDATA = Path(__file__).resolve().parent / "testdata"
sys.path.insert(0, str(TESTDATA))
from program_inputs import read_args, read_env, read_stdin  # noqa: E402

RUN_DIR = TESTDATA / "run"
ERRORS_DIR = TESTDATA / "errors"
ESCAPE_DIR = TESTDATA / "escape"
REPO = TESTDATA.parent.parent
TIMEOUT = 120

# One fresh build cache per test process: the standard packages compile once per worker.
CACHE = tempfile.mkdtemp(prefix="pogo-e2e-cache-")

# Programs whose expected output depends on gc optimisations pogo does not model yet. They
# run and are reported as xfail (strict: an unexpected pass fails the suite).
KNOWN_GAPS: dict[str, str] = {}


def _param(p: Path) -> object:
    gap = KNOWN_GAPS.get(p.name)
    marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
    return pytest.param(p, id=p.name, marks=marks)


RUN_PROGRAMS = sorted(RUN_DIR.glob("*.go"))
ERROR_PROGRAMS = sorted(ERRORS_DIR.glob("*.go"))
ESCAPE_PROGRAMS = sorted(ESCAPE_DIR.glob("*.go"))


def pogo_run(source: Path, args: list[str]) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m pogo run NAME.go ARGS...`` in the program's directory, stdin from ``NAME.stdin``
    and the environment extended by its ``// env:`` lines."""
    env = dict(os.environ) | read_env(source)
    path = env.get("PYTHONPATH")
    env["PYTHONPATH"] = str(REPO) if not path else f"{REPO}{os.pathsep}{path}"
    env["POGOCACHE"] = CACHE
    return subprocess.run(
        [sys.executable, "-m", "pogo", "run", source.name, *args],
        cwd=source.parent,
        env=env,
        input=read_stdin(source),
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )


def _compared_lines(name: str) -> int:
    """How many leading lines of stderr to compare (0: all of it). gc follows panics and
    fatal errors with goroutine tracebacks that pogo does not reproduce yet: for panics
    only the message is compared, for deadlocks also the blank line and the header of
    goroutine 1 with its wait reason."""
    if name.startswith(("panic_", "conc_panic_")):
        return 1
    if name.startswith("conc_deadlock"):
        return 3
    return 0


def _unnumbered(lines: list[str]) -> list[str]:
    """Blank out goroutine numbers other than 1: gc numbers the goroutines a program starts
    after however many system goroutines happen to exist (5, 7 or 19 for one program), so
    only main's number is stable."""
    return [re.sub(r"^goroutine (?!1 )\d+ ", "goroutine N ", line) for line in lines]


def expected_code(source: Path) -> int:
    """Return the exit status recorded in ``NAME.code``."""
    return int(source.with_suffix(".code").read_text().strip())


def text(data: bytes) -> str:
    """Decode process output for readable assertion diffs."""
    return data.decode("utf-8", errors="backslashreplace")


@pytest.mark.parametrize("source", [_param(p) for p in RUN_PROGRAMS])
def test_run(source: Path) -> None:
    """A run/ program prints what ``go run`` printed and exits with the same status."""
    result = pogo_run(source, read_args(source))
    stderr = text(result.stderr)
    assert "Traceback" not in stderr, stderr
    want = source.with_suffix(".out").read_bytes()
    assert result.stdout == want, (text(result.stdout), text(want), stderr)
    assert result.returncode == expected_code(source), stderr
    err_file = source.with_suffix(".err")
    if err_file.exists():
        head = _compared_lines(source.name)
        if head:
            got, want_err = stderr.split("\n")[:head], err_file.read_text().split("\n")[:head]
            assert _unnumbered(got) == _unnumbered(want_err)
        else:
            assert stderr == err_file.read_text()


@pytest.mark.parametrize("source", ERROR_PROGRAMS, ids=[p.name for p in ERROR_PROGRAMS])
def test_compile_error(source: Path) -> None:
    """An errors/ program is rejected with exactly the diagnostics ``go run`` printed."""
    result = pogo_run(source, [])
    stderr = text(result.stderr)
    assert "Traceback" not in stderr, stderr
    assert stderr == source.with_suffix(".err").read_text()
    assert result.returncode == expected_code(source), stderr
    assert result.stdout == b""


@pytest.mark.parametrize("source", ESCAPE_PROGRAMS, ids=[p.name for p in ESCAPE_PROGRAMS])
def test_escape_report(source: Path) -> None:
    """An escape/ program: ``build -gcflags=-m`` prints exactly gc's report (``NAME.m``), and
    the program, with its variables placed accordingly, prints ``NAME.out``."""
    env = dict(os.environ)
    path = env.get("PYTHONPATH")
    env["PYTHONPATH"] = str(REPO) if not path else f"{REPO}{os.pathsep}{path}"
    env["POGOCACHE"] = CACHE
    with tempfile.TemporaryDirectory() as d:
        exe = os.path.join(d, "prog")
        result = subprocess.run([sys.executable, "-m", "pogo", "build", "-gcflags=-m", "-o", exe, source.name],
                                cwd=source.parent, env=env, capture_output=True, timeout=TIMEOUT, check=False)
        stderr = text(result.stderr)
        assert result.returncode == 0, stderr
        assert stderr == source.with_suffix(".m").read_text()
        run = subprocess.run([exe], capture_output=True, timeout=TIMEOUT, check=False)
        assert text(run.stdout + run.stderr) == source.with_suffix(".out").read_text()


def test_corpus_is_complete() -> None:
    """Every program has its expected files, and the corpus has its minimum size."""
    assert len(RUN_PROGRAMS) >= 35
    assert len(ERROR_PROGRAMS) >= 15
    assert len(ESCAPE_PROGRAMS) >= 20
    for source in ESCAPE_PROGRAMS:
        assert source.with_suffix(".m").exists(), source.name
    for source in RUN_PROGRAMS:
        assert source.with_suffix(".out").exists(), source.name
        assert source.with_suffix(".code").exists(), source.name
    for source in ERROR_PROGRAMS:
        assert source.with_suffix(".err").exists(), source.name
        assert source.with_suffix(".code").exists(), source.name
