"""Modules end to end: nested packages, a local replace, dependencies from a module cache
(filled by the reference go from a file:// proxy), build-tagged files, package initialisation
across packages; pogo's output and `list -json` must agree with the reference go."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import go  # type: ignore[import-untyped]
import pytest

from pogo.load.modfile import ModFileError, parse_modfile
from pogo.load.modules import escape_path, version_less

GO = str(Path(os.path.dirname(go.__file__)) / "bin" / "go")


def _proxy_module(proxy: Path, path: str, version: str, files: dict[str, str]) -> None:
    d = proxy / path / "@v"
    d.mkdir(parents=True, exist_ok=True)
    with open(d / "list", "a") as f:
        f.write(version + "\n")
    (d / f"{version}.info").write_text(json.dumps({"Version": version, "Time": "2024-01-01T00:00:00Z"}))
    (d / f"{version}.mod").write_text(files["go.mod"])
    with zipfile.ZipFile(d / f"{version}.zip", "w") as z:
        for name, data in files.items():
            z.writestr(f"{path}@{version}/{name}", data)


MAIN = """package main

import (
\t"example.com/app/internal/banner"
\t"example.com/app/util"
\t"example.com/dep"
\t"example.com/lib"
\t"example.com/other"
\t"fmt"
)

var order = util.Note("main var")

func init() { fmt.Println("main init", order) }

func main() {
\tfmt.Println(banner.Text(), dep.Name(), other.Say(), lib.X(), util.Platform())
}
"""

UTIL = """package util

import "fmt"

var Count = Note("util var")

func Note(s string) int {
\tfmt.Println("note:", s)
\treturn len(s)
}

func init() { fmt.Println("util init", Count) }
"""


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("mods")
    proxy = root / "proxy"
    dep = "package dep\n\nfunc Name() string { return \"dep %s\" }\n"
    _proxy_module(proxy, "example.com/dep", "v1.1.0", {"go.mod": "module example.com/dep\n\ngo 1.21\n", "dep.go": dep % "v1.1.0"})
    _proxy_module(proxy, "example.com/dep", "v1.2.0", {"go.mod": "module example.com/dep\n\ngo 1.21\n", "dep.go": dep % "v1.2.0"})
    _proxy_module(proxy, "example.com/other", "v0.3.0", {
        "go.mod": "module example.com/other\n\ngo 1.21\n\nrequire example.com/dep v1.2.0\n",
        "other.go": 'package other\n\nimport "example.com/dep"\n\nfunc Say() string { return "other+" + dep.Name() }\n',
    })
    app = root / "app"
    for d in ("util", "internal/banner", "cmd/tool"):
        (app / d).mkdir(parents=True)
    (root / "lib").mkdir()
    (app / "go.mod").write_text(
        "module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/dep v1.1.0\n\texample.com/lib v0.0.0\n"
        "\texample.com/other v0.3.0\n)\n\nreplace example.com/lib => ../lib\n"
    )
    (app / "main.go").write_text(MAIN)
    (app / "util" / "util.go").write_text(UTIL)
    (app / "util" / "plat_linux.go").write_text('package util\n\nfunc Platform() string { return "linux" }\n')
    (app / "util" / "plat_windows.go").write_text('package util\n\nfunc Platform() string { return "windows" }\n')
    (app / "util" / "tagged.go").write_text('//go:build ignore\n\npackage util\n\nfunc Platform() string { return "x" }\n')
    (app / "internal" / "banner" / "banner.go").write_text('package banner\n\nfunc Text() string { return "banner" }\n')
    (app / "cmd" / "tool" / "main.go").write_text(
        'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() { fmt.Println("tool", len(os.Args)) }\n'
    )
    (root / "lib" / "go.mod").write_text("module example.com/lib\n\ngo 1.22\n")
    (root / "lib" / "lib.go").write_text("package lib\n\nfunc X() int { return 42 }\n")
    env = dict(os.environ, GOMODCACHE=str(root / "modcache"), GOPROXY="off", GOSUMDB="off", GOFLAGS="",
               GOCACHE=str(root / "gocache"), POGOCACHE=str(root / "pogocache"))
    setup = dict(env, GOPROXY=f"file://{proxy}", GOFLAGS="-mod=mod")
    subprocess.run([GO, "mod", "download"], cwd=app, env=setup, check=True, capture_output=True)
    subprocess.run([GO, "list", "./..."], cwd=app, env=setup, check=True, capture_output=True)  # writes go.sum
    return app, env


def _both(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], ...]:
    g = subprocess.run([GO, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    p = subprocess.run([sys.executable, "-m", "pogo", *args], cwd=cwd, env=env, capture_output=True, text=True,
                       timeout=300)
    return g, p


def test_run_module_like_go(app: tuple[Path, dict[str, str]]) -> None:
    cwd, env = app
    g, p = _both(["run", "."], cwd, env)
    assert g.returncode == 0, g.stderr
    assert (p.stdout, p.stderr, p.returncode) == (g.stdout, g.stderr, g.returncode)
    g, p = _both(["run", "./cmd/tool", "a", "b"], cwd, env)
    assert (p.stdout, p.returncode) == (g.stdout, g.returncode) == ("tool 3\n", 0)


def test_list_json_agrees_with_go(app: tuple[Path, dict[str, str]]) -> None:
    cwd, env = app
    g, p = _both(["list", "-json", "./..."], cwd, env)
    assert p.returncode == 0, p.stderr

    def parse(out: str) -> list[dict[str, object]]:
        dec = json.JSONDecoder()
        items, i = [], 0
        while i < len(out):
            if out[i].isspace():
                i += 1
                continue
            obj, i = dec.raw_decode(out, i)
            items.append({k: obj.get(k) for k in ("ImportPath", "Name", "Dir", "GoFiles", "Imports")})
        return items

    assert parse(p.stdout) == parse(g.stdout)
    g, p = _both(["list", "-m", "all"], cwd, env)
    assert p.stdout == g.stdout


def test_missing_module_and_errors(app: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    cwd, env = app
    bad = cwd / "cmd" / "bad"
    bad.mkdir()
    try:
        (bad / "main.go").write_text('package main\n\nimport "example.com/nosuch"\n\nfunc main() { nosuch.F() }\n')
        g, p = _both(["run", "./cmd/bad"], cwd, env)
        assert (p.stderr, p.returncode) == (g.stderr, g.returncode)
    finally:
        for f in bad.iterdir():
            f.unlink()
        bad.rmdir()
    g, p = _both(["run", "./util"], cwd, env)
    assert (p.stderr, p.returncode) == (g.stderr, g.returncode)
    (tmp_path / "a.go").write_text("package main\n\nfunc main() {}\n")
    g, p = _both(["run", "."], tmp_path, env)
    assert (p.stderr, p.returncode) == (g.stderr, g.returncode)


def test_modfile_errors() -> None:
    with pytest.raises(ModFileError) as e:
        parse_modfile("go.mod", b"module m\n\ngo 1.22\nfoo bar\nrequire example.com/dep\n")
    assert str(e.value) == "go.mod:4: unknown directive: foo\ngo.mod:5: usage: require module/path v1.2.3"
    mf = parse_modfile("go.mod", b'module "m"\ngo 1.22\nrequire (\n\ta v1.0.0 // indirect\n\tb v1.2.3\n)\n'
                                 b"replace a => ../a\nexclude b v1.0.0\n")
    assert mf.module == "m" and [(r.path, r.indirect) for r in mf.requires] == [("a", True), ("b", False)]
    assert mf.replaces[0].is_dir and mf.excludes == [("b", "v1.0.0")]


def test_versions_and_escaping() -> None:
    assert version_less("v1.2.0", "v1.10.0") and version_less("v1.0.0-rc.1", "v1.0.0")
    assert not version_less("v2.0.0", "v1.9.9")
    assert escape_path("github.com/BurntSushi/toml") == "github.com/!burnt!sushi/toml"


def test_vendor_directory_like_go(app: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    import shutil

    src, env = app
    dst = tmp_path / "app"
    shutil.copytree(src, dst)
    shutil.copytree(src.parent / "lib", tmp_path / "lib")
    subprocess.run([GO, "mod", "vendor"], cwd=dst, env=env, check=True, capture_output=True)
    # With vendor/ present, the module cache is not consulted at all.
    env2 = dict(env, GOMODCACHE=str(tmp_path / "nocache"))
    g, p = _both(["run", "."], dst, env2)
    assert g.returncode == 0, g.stderr
    assert (p.stdout, p.stderr, p.returncode) == (g.stdout, g.stderr, g.returncode)


def test_import_cycle_like_go(tmp_path: Path) -> None:
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
    (tmp_path / "go.mod").write_text("module example.com/cy\n\ngo 1.22\n")
    (tmp_path / "a" / "a.go").write_text('package a\n\nimport "example.com/cy/b"\n\nvar A = b.B\n')
    (tmp_path / "b" / "b.go").write_text('package b\n\nimport "example.com/cy/a"\n\nvar B = a.A\n')
    (tmp_path / "main.go").write_text('package main\n\nimport "example.com/cy/a"\n\nfunc main() { println(a.A) }\n')
    env = dict(os.environ, GOFLAGS="", GOCACHE=str(tmp_path / "gocache"), POGOCACHE=str(tmp_path / "pc"))
    g, p = _both(["run", "."], tmp_path, env)
    assert g.returncode == 1 and (p.stderr, p.returncode) == (g.stderr, g.returncode)


def test_gosum_mismatch_is_a_security_error_like_go(app: tuple[Path, dict[str, str]]) -> None:
    cwd, env = app
    gosum = cwd / "go.sum"
    good = gosum.read_text()
    line = next(ln for ln in good.splitlines() if ln.startswith("example.com/dep v1.2.0 h1:"))
    bad = line[:-2] + ("A=" if line[-2] != "A" else "B=")
    gosum.write_text(good.replace(line, bad))
    try:
        g, p = _both(["run", "."], cwd, env)
        assert g.returncode == 1 and "SECURITY ERROR" in g.stderr
        assert (p.stdout, p.stderr, p.returncode) == (g.stdout, g.stderr, g.returncode)
    finally:
        gosum.write_text(good)
