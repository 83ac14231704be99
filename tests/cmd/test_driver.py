"""The pogo command as a user meets it: run, build, -x/-n/-work, version, help, errors."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n'


def pogo(args: list[str], cwd: Path, cache: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run pogo with its own build cache (by default a fresh one under ``cwd``)."""
    env = dict(os.environ, POGOCACHE=str(cache or cwd / ".cache"))
    return subprocess.run(
        [sys.executable, "-m", "pogo", *args], cwd=cwd, capture_output=True, text=True, timeout=300, env=env
    )


def test_run_hello(tmp_path: Path) -> None:
    (tmp_path / "hello.go").write_text(HELLO)
    r = pogo(["run", "hello.go"], tmp_path)
    assert (r.stdout, r.stderr, r.returncode) == ("hello, world\n", "", 0)


def test_run_x_shows_separate_compile_and_link(tmp_path: Path) -> None:
    (tmp_path / "hello.go").write_text(HELLO)
    r = pogo(["run", "-x", "hello.go"], tmp_path)
    assert r.returncode == 0 and r.stdout == "hello, world\n"
    lines = r.stderr.splitlines()
    assert lines[0].startswith("WORK=")
    compiles = [ln for ln in lines if " tool compile " in ln]
    links = [ln for ln in lines if " tool link " in ln]
    # one compile per package: main, fmt and what it imports, runtime
    pkgs = {ln.split(" -p ")[1].split()[0] for ln in compiles}
    assert {"main", "fmt", "runtime"} <= pkgs and len(compiles) == len(pkgs) and len(links) == 1
    assert any("-p main" in ln and ln.endswith("./hello.go") for ln in compiles)
    assert "-o $WORK/b001/exe/hello -importcfg $WORK/b001/importcfg.link" in links[0]
    assert lines.index(links[0]) > max(lines.index(c) for c in compiles)
    assert lines[-1] == "$WORK/b001/exe/hello"
    assert "packagefile fmt=$WORK/" in r.stderr


def test_run_n_prints_without_running(tmp_path: Path) -> None:
    (tmp_path / "hello.go").write_text(HELLO)
    r = pogo(["run", "-n", "hello.go"], tmp_path)
    assert r.returncode == 0 and r.stdout == ""
    assert " tool link " in r.stderr


def test_work_keeps_the_work_dir(tmp_path: Path) -> None:
    (tmp_path / "hello.go").write_text(HELLO)
    r = pogo(["build", "-work", "hello.go"], tmp_path)
    assert r.returncode == 0
    m = re.match(r"WORK=(\S+)\n", r.stderr)
    assert m is not None
    work = Path(m.group(1))
    try:
        assert (work / "b001" / "_pkg_.a").is_file()
    finally:
        subprocess.run(["rm", "-rf", str(work)], check=True)


def test_build_gives_static_elf(tmp_path: Path) -> None:
    (tmp_path / "hello.go").write_text(HELLO)
    r = pogo(["build", "-o", "hello", "hello.go"], tmp_path)
    assert (r.returncode, r.stderr) == (0, "")
    exe = tmp_path / "hello"
    headers = subprocess.run(["readelf", "-lhdW", str(exe)], capture_output=True, text=True).stdout
    assert "EXEC (Executable file)" in headers and "Advanced Micro Devices X86-64" in headers
    assert "INTERP" not in headers and "There is no dynamic section in this file." in headers
    assert "GNU_STACK" in headers
    # readelf mangles the non-ASCII middle dot of funcval symbols (runtime.sigtramp·f)
    syms = subprocess.run(["readelf", "-sW", str(exe)], capture_output=True, encoding="utf-8", errors="replace").stdout
    assert re.search(r"FUNC\s+GLOBAL\s+DEFAULT\s+\d+ main\.main$", syms, re.M)
    dis = subprocess.run(["objdump", "-d", str(exe)], capture_output=True, encoding="utf-8", errors="replace").stdout
    assert "<main.main>:" in dis and "<runtime.rt0>:" in dis
    r2 = subprocess.run([str(exe)], capture_output=True, text=True, env={})
    assert (r2.stdout, r2.returncode) == ("hello, world\n", 0)


def test_build_default_output_name(tmp_path: Path) -> None:
    (tmp_path / "prog.go").write_text(HELLO)
    assert pogo(["build", "prog.go"], tmp_path).returncode == 0
    assert os.access(tmp_path / "prog", os.X_OK)


def test_run_passes_arguments_and_exit_status(tmp_path: Path) -> None:
    (tmp_path / "a.go").write_text(
        'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n'
        '\tfmt.Println(len(os.Args), os.Args[1], os.Args[2])\n\tos.Exit(5)\n}\n'
    )
    r = pogo(["run", "a.go", "x", "y z"], tmp_path)
    assert (r.stdout, r.stderr, r.returncode) == ("3 x y z\n", "exit status 5\n", 1)


def test_compile_error_format(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "e.go").write_text("package main\n\nfunc main() {\n\tx := 1\n}\n")
    r = pogo(["run", "sub/e.go"], tmp_path)
    assert (r.stderr, r.returncode) == ("# command-line-arguments\nsub/e.go:4:2: declared and not used: x\n", 1)
    r = pogo(["run", "e.go"], sub)
    assert r.stderr == "# command-line-arguments\n./e.go:4:2: declared and not used: x\n"


def test_command_line_errors(tmp_path: Path) -> None:
    r = pogo(["run"], tmp_path)
    assert (r.stderr, r.returncode) == ("go: no go files listed\n", 1)
    r = pogo(["run", "missing.go"], tmp_path)
    assert (r.stderr, r.returncode) == ("stat missing.go: no such file or directory\n", 1)
    r = pogo(["run", "-bogus", "x.go"], tmp_path)
    assert r.returncode == 2 and r.stderr.startswith("flag provided but not defined: -bogus\nusage: go run")
    r = pogo(["frobnicate"], tmp_path)
    assert (r.stderr, r.returncode) == ("go frobnicate: unknown command\nRun 'go help' for usage.\n", 2)
    (tmp_path / "lib.go").write_text("package lib\n")
    r = pogo(["run", "lib.go"], tmp_path)
    assert (r.stderr, r.returncode) == ("package command-line-arguments is not a main package\n", 1)


def test_missing_main_function(tmp_path: Path) -> None:
    (tmp_path / "m.go").write_text("package main\n\nfunc f() {}\n")
    r = pogo(["run", "m.go"], tmp_path)
    assert r.returncode == 1
    assert r.stderr == (
        "# command-line-arguments\nruntime.main_main·f: function main is undeclared in the main package\n"
    )


def test_version_help_env_tool(tmp_path: Path) -> None:
    r = pogo(["version"], tmp_path)
    assert r.returncode == 0 and re.fullmatch(r"pogo version \S+ \(go1\.27\) linux/amd64\n", r.stdout)
    r = pogo(["help"], tmp_path)
    assert r.returncode == 0 and "run         compile and run Go program" in r.stdout
    r = pogo(["help", "run"], tmp_path)
    assert r.returncode == 0 and r.stdout.startswith("usage: pogo run")
    r = pogo(["env", "GOOS", "GOARCH"], tmp_path)
    assert r.stdout == "linux\namd64\n"
    r = pogo(["tool"], tmp_path)
    assert {"compile", "link"} <= set(r.stdout.split())


def test_cache_makes_second_run_compile_nothing(tmp_path: Path) -> None:
    (tmp_path / "hello.go").write_text(HELLO)
    first = pogo(["run", "-x", "hello.go"], tmp_path)
    assert first.stdout == "hello, world\n" and " tool compile " in first.stderr
    npkgs = first.stderr.count(" tool compile ")
    second = pogo(["run", "-x", "hello.go"], tmp_path)
    assert second.stdout == "hello, world\n"
    assert " tool compile " not in second.stderr and " tool link " not in second.stderr
    # An edit recompiles only the main package and relinks.
    (tmp_path / "hello.go").write_text(HELLO.replace("hello, world", "hello again"))
    third = pogo(["run", "-x", "hello.go"], tmp_path)
    assert third.stdout == "hello again\n"
    compiles = [ln for ln in third.stderr.splitlines() if " tool compile " in ln]
    assert len(compiles) == 1 and "-p main" in compiles[0] and " tool link " in third.stderr
    # -a rebuilds everything.
    forced = pogo(["run", "-a", "-x", "hello.go"], tmp_path)
    assert forced.stdout == "hello again\n" and forced.stderr.count(" tool compile ") == npkgs


def test_damaged_cache_is_rebuilt_not_trusted(tmp_path: Path) -> None:
    (tmp_path / "hello.go").write_text(HELLO)
    cache = tmp_path / ".cache"
    first = pogo(["run", "-x", "hello.go"], tmp_path)
    assert first.stdout == "hello, world\n"
    npkgs = first.stderr.count(" tool compile ")
    outputs = [p for p in cache.rglob("*-d") if p.is_file()] + [p for p in cache.rglob("*-d/*") if p.is_file()]
    entries = list(cache.rglob("*-a"))
    assert outputs and entries
    for i, p in enumerate(outputs):
        data = p.read_bytes()
        p.write_bytes(data[: len(data) // 2] if i % 2 else data[:-1] + bytes([data[-1] ^ 1]))
    r = pogo(["run", "-x", "hello.go"], tmp_path)
    assert r.stdout == "hello, world\n" and r.stderr.count(" tool compile ") == npkgs
    for p in entries:
        p.write_text("garbage")
    r = pogo(["run", "-x", "hello.go"], tmp_path)
    assert r.stdout == "hello, world\n" and r.stderr.count(" tool compile ") == npkgs


def test_clean_cache(tmp_path: Path) -> None:
    (tmp_path / "hello.go").write_text(HELLO)
    assert pogo(["run", "hello.go"], tmp_path).returncode == 0
    assert list((tmp_path / ".cache").rglob("*-a"))
    assert pogo(["clean", "-cache"], tmp_path).returncode == 0
    assert not list((tmp_path / ".cache").rglob("*-a"))


def test_warm_run_uses_the_run_index_and_notices_edits(tmp_path: Path) -> None:
    (tmp_path / "hello.go").write_text(HELLO)
    assert pogo(["run", "hello.go"], tmp_path).stdout == "hello, world\n"
    index = list((tmp_path / ".cache" / "run").rglob("*"))
    assert any(p.is_file() for p in index)
    assert pogo(["run", "hello.go"], tmp_path).stdout == "hello, world\n"
    # same size, new content: the ctime/mtime stamp must notice it
    (tmp_path / "hello.go").write_text(HELLO.replace("hello, world", "hello, WORLD"))
    assert pogo(["run", "hello.go"], tmp_path).stdout == "hello, WORLD\n"
    # a new file in the package directory changes the package
    (tmp_path / "extra.go").write_text('package main\n\nfunc init() { println("extra") }\n')
    r = pogo(["run", "."], tmp_path)  # no go.mod: go's error
    assert r.returncode == 1 and "go.mod file not found" in r.stderr
    r = pogo(["run", "hello.go", "extra.go"], tmp_path)
    assert (r.stdout, r.stderr) == ("hello, WORLD\n", "extra\n")
    # a go.mod appearing turns files into module mode: still correct
    (tmp_path / "go.mod").write_text("module example.com/m\n\ngo 1.22\n")
    r = pogo(["run", "."], tmp_path)
    assert (r.stdout, r.stderr, r.returncode) == ("hello, WORLD\n", "extra\n", 0)


def test_ldflags_x_and_goflags_like_go(tmp_path: Path) -> None:
    import go  # type: ignore[import-untyped]

    gobin = str(Path(os.path.dirname(go.__file__)) / "bin" / "go")
    (tmp_path / "v.go").write_text(
        'package main\n\nimport "fmt"\n\nvar version string\n\nfunc main() { fmt.Println("version:", version) }\n'
    )
    env = dict(os.environ, GOCACHE=str(tmp_path / "gocache"), GOFLAGS="")
    for args, extra in (
        (["run", "-ldflags", "-X main.version=1.2.3 -s -w", "v.go"], {}),
        (["run", "v.go"], {"GOFLAGS": "-ldflags=-X=main.version=9"}),
        (["run", "-ldflags=-X 'main.version=a b'", "v.go"], {}),
    ):
        want = subprocess.run([gobin, *args], cwd=tmp_path, env=dict(env, **extra), capture_output=True, text=True)
        got = subprocess.run([sys.executable, "-m", "pogo", *args], cwd=tmp_path, capture_output=True, text=True,
                             env=dict(env, POGOCACHE=str(tmp_path / ".cache"), **extra))
        assert (got.stdout, got.returncode) == (want.stdout, want.returncode), args


def test_std_packages_cached_across_different_builds(tmp_path: Path) -> None:
    """An action's ID must not depend on its bNNN directory, which other packages shift."""
    (tmp_path / "hello.go").write_text(HELLO)
    mod = tmp_path / "m"
    (mod / "lib").mkdir(parents=True)
    (mod / "go.mod").write_text("module example.com/m\n\ngo 1.22\n")
    (mod / "lib" / "lib.go").write_text("package lib\n\nfunc X() int { return 7 }\n")
    (mod / "main.go").write_text(
        'package main\n\nimport (\n\t"example.com/m/lib"\n\t"fmt"\n)\n\nfunc main() { fmt.Println(lib.X()) }\n'
    )
    cache = tmp_path / ".cache"
    assert pogo(["build", "-o", "h", "hello.go"], tmp_path, cache).returncode == 0
    r = pogo(["build", "-x", "-o", "out", "."], mod, cache)
    assert r.returncode == 0, r.stderr
    compiled = sorted(ln.split(" -p ")[1].split()[0] for ln in r.stderr.splitlines() if " tool compile " in ln)
    assert compiled == ["example.com/m/lib", "main"]


def test_link_cached_when_main_archive_came_from_the_cache(tmp_path: Path) -> None:
    """The link's ID names the main archive by content, not by where it was found."""
    (tmp_path / "hello.go").write_text(HELLO)
    assert pogo(["build", "-o", "a1", "hello.go"], tmp_path).returncode == 0
    assert pogo(["build", "-ldflags=-s", "-o", "a2", "hello.go"], tmp_path).returncode == 0  # new link, main cached
    r = pogo(["build", "-x", "-ldflags=-s", "-o", "a3", "hello.go"], tmp_path)
    assert r.returncode == 0 and " tool link " not in r.stderr and " tool compile " not in r.stderr
