"""The driver under stress: concurrent builds sharing a cache, a build killed midway, and odd
source files, compared with the reference go where it has an answer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import go  # type: ignore[import-untyped]
import pytest

GO = str(Path(os.path.dirname(go.__file__)) / "bin" / "go")
PROG = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("ok", 6*7)\n}\n'


def _env(cache: Path) -> dict[str, str]:
    return dict(os.environ, POGOCACHE=str(cache), GOCACHE=str(cache.parent / "gocache"), GOFLAGS="")


def _pogo(args: list[str], cwd: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pogo", *args], cwd=cwd, env=_env(cache), capture_output=True,
                          text=True, timeout=300)


def test_two_builds_at_once_share_the_cache(tmp_path: Path) -> None:
    (tmp_path / "go.mod").write_text("module example.com/c\n\ngo 1.22\n")
    (tmp_path / "main.go").write_text(PROG)
    cache = tmp_path / "cache"
    procs = [
        subprocess.Popen([sys.executable, "-m", "pogo", "build", "-o", f"out{i}", "."], cwd=tmp_path,
                         env=_env(cache), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for i in range(2)
    ]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    for i in range(2):
        r = subprocess.run([str(tmp_path / f"out{i}")], capture_output=True, text=True)
        assert r.stdout == "ok 42\n"


def test_build_killed_midway_then_correct(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(PROG)
    cache = tmp_path / "cache"
    p = subprocess.Popen([sys.executable, "-m", "pogo", "run", "main.go"], cwd=tmp_path, env=_env(cache),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(1.0)  # somewhere in the compiles
    os.killpg(p.pid, signal.SIGKILL)
    p.wait()
    r = _pogo(["run", "main.go"], tmp_path, cache)
    assert (r.stdout, r.stderr, r.returncode) == ("ok 42\n", "", 0)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.go", b""),
        ("bom.go", b"\xef\xbb\xbfpackage main\n\nfunc main() { println(\"bom\") }\n"),
        ("badutf8.go", b'package main\n\nfunc main() { println("\xff\xfe") }\n'),
        ("nopackage.go", b"func main() {}\n"),
        ("ident.go", b"foo main\n"),
        ("nul.go", b"package main\n\nfunc main() {\x00}\n"),
    ],
)
def test_odd_sources_like_go(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    cache = tmp_path / "cache"
    g = subprocess.run([GO, "run", name], cwd=tmp_path, env=_env(cache), capture_output=True, text=True,
                       timeout=300)
    p = _pogo(["run", name], tmp_path, cache)
    assert "Traceback" not in p.stderr
    assert (p.stdout, p.stderr, p.returncode) == (g.stdout, g.stderr, g.returncode)


def test_directory_without_go_files(tmp_path: Path) -> None:
    (tmp_path / "go.mod").write_text("module example.com/e\n\ngo 1.22\n")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "README").write_text("nothing\n")
    cache = tmp_path / "cache"
    for args in (["build", "./empty"], ["run", "./empty"], ["build", "./missing"]):
        g = subprocess.run([GO, *args], cwd=tmp_path, env=_env(cache), capture_output=True, text=True, timeout=300)
        p = _pogo(args, tmp_path, cache)
        assert (p.stderr, p.returncode) == (g.stderr, g.returncode), args


def test_unreadable_file_is_an_error_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 000 does not stop root (CI may run as root), so the read itself is made to fail.
    from pogo.load import packages

    def deny(path: str) -> object:
        raise PermissionError(13, "Permission denied", path)

    (tmp_path / "secret.go").write_text(PROG)
    monkeypatch.setattr(packages, "_read", deny)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(packages.LoadError, match="^open secret.go: permission denied$"):
        packages.Loader().load_files(["secret.go"])


def test_sigterm_reaches_the_program(tmp_path: Path) -> None:
    (tmp_path / "spin.go").write_text(
        'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("spinning")\n\tfor {\n\t}\n}\n'
    )
    cache = tmp_path / "cache"
    assert _pogo(["build", "-o", "spin", "spin.go"], tmp_path, cache).returncode == 0  # warm the cache
    p = subprocess.Popen([sys.executable, "-m", "pogo", "run", "spin.go"], cwd=tmp_path, env=_env(cache),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert p.stdout is not None and p.stdout.readline() == "spinning\n"
        p.send_signal(signal.SIGTERM)
        _, err = p.communicate(timeout=60)
        assert p.returncode == 1 and err == "signal: terminated\n"
    finally:
        try:
            os.killpg(p.pid, signal.SIGKILL)  # never leave the spinning program behind
        except OSError:
            pass
