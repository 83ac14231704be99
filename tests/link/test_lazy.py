"""The lazy edges of the dead-code walk (pogo/link/lazy.py): the table names real
functions of our standard library, each listed call really is made by the source
function, and a program that needs a lazy path still gets it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from pogo.link import lazy

REPO = Path(__file__).resolve().parent.parent.parent
GOROOT = REPO / "pogo" / "goroot" / "src"


def _linknamed_body(qualified: str) -> str | None:
    """The body of the runtime function that provides qualified by //go:linkname."""
    for f in sorted((GOROOT / "runtime").glob("*.go")):
        text = f.read_text()
        m = re.search(rf"^//go:linkname (\w+) {re.escape(qualified)}$", text, re.M)
        if m:
            return _func_body("runtime." + m.group(1))
    return None


def _func_body(qualified: str) -> str:
    pkg, _, name = qualified.rpartition(".")
    if pkg != "runtime":
        body = _linknamed_body(qualified)
        if body is not None:
            return body
    for f in sorted((GOROOT / pkg).glob("*.go")):
        text = f.read_text()
        m = re.search(rf"^func {re.escape(name)}\(.*?^}}$", text, re.S | re.M)
        if m:
            return m.group(0)
        if re.search(rf"^func {re.escape(name)}\([^\n]*\)[^{{\n]*$", text, re.M):
            return ""  # declared without a body (an intrinsic)
    raise AssertionError(f"{qualified} is not a function of pogo's GOROOT")


def _type_decl(qualified: str) -> None:
    pkg, _, name = qualified.removeprefix("type:").rpartition(".")
    for f in sorted((GOROOT / pkg).glob("*.go")):
        if re.search(rf"^type {re.escape(name)}\b", f.read_text(), re.M):
            return
    raise AssertionError(f"{qualified} is not a type of pogo's GOROOT")


def _var_init(qualified: str) -> str | None:
    """The initialiser of package variable qualified (``var x = f``), if it is one."""
    pkg, _, name = qualified.rpartition(".")
    for f in sorted((GOROOT / pkg).glob("*.go")):
        m = re.search(rf"^var {re.escape(name)} = (.*)$", f.read_text(), re.M)
        if m:
            return m.group(1)
    return None


def test_table_names_existing_functions_and_calls() -> None:
    for name in lazy.names():
        if name.startswith("type:"):
            _type_decl(name)
        elif _var_init(name) is None:
            _func_body(name.removesuffix("\u00b7f"))  # a function's closure value: the function
    for src, dst in lazy.EDGES:
        init = _var_init(src) if src != "*" else None
        if init is not None:  # a variable initialised with a function value
            assert init == dst.removesuffix("\u00b7f").rpartition(".")[2], f"{src} no longer holds {dst}"
        elif src != "*":
            body = _func_body(src)
            same_pkg = dst.split(".")[0] == src.split(".")[0] or (
                dst.startswith("runtime.") and _linknamed_body(src) is not None
            )
            short = dst.rpartition(".")[2] if same_pkg else dst.rpartition("/")[2]
            assert f"{short}(" in body, f"{src} no longer calls {dst}"


PROGRAM = """package main

import "fmt"

type celsius float64

func main() {
	fmt.Println(map[string]float32{"a": 1.5}, 2i, int8(-3), uint16(7), "s")
	defer func() { fmt.Println(recover()) ; panic(celsius(-0.25)) }()
	panic(3.75)
}
"""


def test_lazy_paths_are_linked_when_needed(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(PROGRAM)
    exe = tmp_path / "prog"
    env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=str(tmp_path / "cache"))
    build = subprocess.run([sys.executable, "-m", "pogo", "build", "-o", str(exe), "main.go"],
                           cwd=tmp_path, env=env, capture_output=True, timeout=300, check=False)
    assert build.returncode == 0, build.stderr.decode()
    run = subprocess.run([str(exe)], capture_output=True, timeout=60, check=False)
    assert run.stdout == b"map[a:1.5] (0+2i) -3 7 s\n3.75\n"
    assert run.stderr.startswith(b"panic: 3.75 [recovered]\n\tpanic: main.celsius(-0.25)\n"), run.stderr
    assert run.returncode == 2


def _build_run(tmp_path: Path, src: str) -> tuple[bytes, set[str]]:
    (tmp_path / "main.go").write_text(src)
    exe = tmp_path / "prog"
    env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=str(tmp_path / "cache"))
    build = subprocess.run([sys.executable, "-m", "pogo", "build", "-o", str(exe), "main.go"],
                           cwd=tmp_path, env=env, capture_output=True, timeout=300, check=False)
    assert build.returncode == 0, build.stderr.decode()
    run = subprocess.run([str(exe)], capture_output=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    out = subprocess.run(["readelf", "-sW", str(exe)], capture_output=True, check=True).stdout.decode(errors="replace")
    return run.stdout, {p[7] for p in (ln.split() for ln in out.splitlines()) if len(p) >= 8 and p[0].endswith(":")}


METHODS_ONLY = """package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T", t.n) }

type level int8

type name string

func main() {
	fmt.Println(T{4}, &T{5}, errors.New("e"), 6, "s", true, uint8(7), level(-8), name("n"))
}
"""

STATIC_ONLY = """package main

import "fmt"

type point struct{ x, y int }

var v any = point{1, 2}

func main() {
	fmt.Println(v, 3)
}
"""


def test_print_walk_linked_only_for_plain_values(tmp_path: Path) -> None:
    # every operand has a String/Error method or a bool, integer or string kind
    out, syms = _build_run(tmp_path, METHODS_ONLY)
    assert out == b"T4 T5 e 6 s true 7 -8 n\n"
    assert "fmt.appendAny" not in syms and "fmt.appendAt" not in syms
    # a struct value whose descriptor only static data names still gets it
    out, syms = _build_run(tmp_path, STATIC_ONLY)
    assert out == b"{1 2} 3\n"
    assert "fmt.appendAny" in syms
