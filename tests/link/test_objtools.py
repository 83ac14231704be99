"""pc-value tables, the function table, the build-ID note, and ``pogo tool nm``/``objdump``/
``buildid`` on pogo's executables and archives."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from pogo.link import functab
from pogo.obj import pctab
from pogo.obj.objfile import Archive, LineEntry, Symbol, SymKind, decode, encode

REPO = Path(__file__).resolve().parent.parent.parent
CACHE = tempfile.mkdtemp(prefix="pogo-objtools-cache-")

PROG = """package main

import "fmt"

func add(a, b int) int {
	return a + b
}

func check(xs []int, i int) int {
	return xs[i]
}

func main() {
	fmt.Println(add(1, 2))
	fmt.Println(check([]int{1}, add(2, 3)))
}
"""


def test_pctab_round_trip() -> None:
    points = [(0, 10), (5, 12), (9, 12), (9, 11), (20, 400), (30, 3)]
    data = pctab.encode(points, 40)
    assert list(pctab.runs(data, 40)) == [(0, 5, 10), (5, 9, 12), (9, 20, 11), (20, 30, 400), (30, 40, 3)]
    assert pctab.lookup(data, 40, 25) == 400
    assert len(data) <= 2 * 5 + 2  # about two bytes a run
    # lines stepping by one or two over short runs take one byte a run
    steps = [(0, 1), (3, 2), (10, 4), (74, 5)]
    assert len(pctab.encode(steps, 80)) == 4
    assert list(pctab.runs(pctab.encode(steps, 80), 80)) == [(0, 3, 1), (3, 10, 2), (10, 74, 4), (74, 80, 5)]
    # past the short form: a 65-byte run, large deltas both ways
    odd = [(0, 1), (65, 1 << 30), (70, 7), (71, 7 - 100000)]
    assert list(pctab.runs(pctab.encode(odd, 300), 300)) == [(0, 65, 1), (65, 70, 1 << 30), (70, 71, 7),
                                                             (71, 300, 7 - 100000)]
    assert list(pctab.runs(pctab.encode([], 8), 8)) == [(0, 8, 0)]


def test_functab_round_trip() -> None:
    a = Symbol("main.f", SymKind.TEXT, bytes(20), file="/x/a.go", lines=[LineEntry(0, 3), LineEntry(8, 4)], args=2)
    b = Symbol("main.f.deferwrap1", SymKind.TEXT, bytes(7), file="/x/a.go", lines=[LineEntry(0, 9)], args=0)
    data = bytearray(functab.build([(b, 0x1020), (a, 0x1000)]))
    data[0:8] = (0x1000).to_bytes(8, "little")  # what the ABS64 relocation writes
    fa, fb = functab.read(bytes(data))
    assert (fa.name, fa.entry, fa.end, fa.file, fa.args, fa.wrapper) == ("main.f", 0x1000, 0x1020, "/x/a.go", 2, False)
    assert fa.line_at(0) == 3 and fa.line_at(8) == 4 and fa.line_at(0x1F) == 4  # padding: the last line
    assert (fb.name, fb.entry, fb.end, fb.wrapper) == ("main.f.deferwrap1", 0x1020, 0x1027, True)


def test_functab_inline_tree() -> None:
    # main.g inlined at line 7 of main.f; main.h inlined at line 12 of main.g
    g_at = 1 << pctab.INL_SHIFT
    h_at = 2 << pctab.INL_SHIFT
    f = Symbol("main.f", SymKind.TEXT, bytes(24), file="/x/a.go", args=0,
               lines=[LineEntry(0, 6), LineEntry(4, g_at | 11), LineEntry(8, h_at | 3), LineEntry(16, 8)],
               inl=[("main.g", "/x/b.go", 7), ("main.h", "/x/c.go", g_at | 12)])
    w = Symbol("main.(*T).M", SymKind.TEXT, bytes(8), file="", args=1, lines=[LineEntry(0, g_at | 5)],
               inl=[("main.T.M", "/x/a.go", 0)])
    data = bytearray(functab.build([(f, 0x1000), (w, 0x1020)]))
    data[0:8] = (0x1000).to_bytes(8, "little")
    ff, fw = functab.read(bytes(data))
    # objdump shows inlined code at the line of the outermost call, in the function's own file
    assert [ff.line_at(off) for off in (0, 4, 8, 16)] == [6, 7, 7, 8]
    assert fw.wrapper  # its only lines are inlined code
    assert decode(encode(Archive("main", symbols=[f]))).symbols[0].inl == f.inl  # kept in archives


def _pogo(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), POGOCACHE=CACHE)
    return subprocess.run([sys.executable, "-m", "pogo", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("objtools")
    (d / "prog.go").write_text(PROG)
    # -l: add and check stay functions of their own for nm/objdump to find
    assert _pogo("build", "-gcflags=-l", "-o", "prog", "prog.go", cwd=d).returncode == 0
    assert _pogo("build", "-gcflags=-l", "-ldflags=-s", "-o", "prog_s", "prog.go", cwd=d).returncode == 0
    r = _pogo("tool", "compile", "-p", "main", "-o", "lib.a", "lib.go", cwd=_lib(d))
    assert r.returncode == 0, r.stderr
    return d


def _lib(d: Path) -> Path:
    lib = d / "lib"
    lib.mkdir(exist_ok=True)
    (lib / "lib.go").write_text("package main\n\nfunc add(a, b int) int {\n\treturn a + b\n}\n\n"
                                "func main() {\n\tprintln(add(1, 2))\n}\n")
    return lib


def test_nm_executable(built: Path) -> None:
    r = _pogo("tool", "nm", "-n", "prog", cwd=built)
    assert r.returncode == 0, r.stderr
    rows = [ln.split(maxsplit=2) for ln in r.stdout.splitlines()]
    addrs = [int(a, 16) for a, _, _ in rows]
    assert addrs == sorted(addrs)
    by_name = {name: (int(a, 16), code) for a, code, name in rows}
    entry = int.from_bytes((built / "prog").read_bytes()[24:32], "little")  # e_entry is runtime.rt0
    assert by_name["main.main"][1] == "T" and by_name["runtime.rt0"] == (entry, "T")
    readelf = subprocess.run(["readelf", "-sW", str(built / "prog")], capture_output=True, text=True, errors="replace",
                             check=True)
    m = re.search(r"([0-9a-f]{16})\s+\d+\s+FUNC\s+GLOBAL\s+DEFAULT\s+\d+\s+main\.add$", readelf.stdout, re.M)
    assert m and int(m.group(1), 16) == by_name["main.add"][0]
    r = _pogo("tool", "nm", "-size", "-sort", "name", "prog", cwd=built)
    names = [ln.split(maxsplit=3)[3] for ln in r.stdout.splitlines()]
    assert names == sorted(names)


def test_nm_stripped_and_archive(built: Path) -> None:
    r = _pogo("tool", "nm", "prog_s", cwd=built)
    assert r.returncode == 1 and r.stderr == "prog_s: no symbols\n"
    r = _pogo("tool", "nm", "lib/lib.a", cwd=built)
    assert r.returncode == 0, r.stderr
    assert "       0 T main.add\n" in r.stdout and "         U runtime.printint\n" in r.stdout


def test_objdump(built: Path) -> None:
    for exe in ("prog", "prog_s"):  # the function table survives -s
        r = _pogo("tool", "objdump", "-s", "^main.check$", exe, cwd=built)
        assert r.returncode == 0, r.stderr
        lines = r.stdout.splitlines()
        assert lines[0] == f"TEXT main.check(SB) {built / 'prog.go'}"
        rows = [re.match(r"^  prog\.go:(\d+)\t+0x([0-9a-f]+)\t+([0-9a-f]+)\t+(.*)$", ln) for ln in lines[1:]]
        assert all(rows), lines
        assert {int(m.group(1)) for m in rows if m} == {9, 10}
        assert any("runtime.panicIndex" in m.group(4) for m in rows if m)
    r = _pogo("tool", "objdump", "lib/lib.a", cwd=built)
    assert r.stdout.startswith(f"TEXT main.add(SB) {built / 'lib' / 'lib.go'}\n  lib.go:3\t\t0x0\t\t\t55\t\t\t")


def test_build_id_note(built: Path) -> None:
    notes = subprocess.run(["readelf", "-n", str(built / "prog")], capture_output=True, text=True, check=True).stdout
    assert ".note.go.buildid" in notes and "GO BUILDID" in notes
    ids = [_pogo("tool", "buildid", exe, cwd=built).stdout.strip() for exe in ("prog", "prog_s")]
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{20}/[A-Za-z0-9_-]{20}", i) for i in ids), ids
    assert ids[0] != ids[1]  # different link options, different IDs
    assert _pogo("build", "-gcflags=-l", "-o", "again", "prog.go", cwd=built).returncode == 0
    assert _pogo("tool", "buildid", "again", cwd=built).stdout.strip() == ids[0]  # reproducible


def test_stripped_traceback(built: Path) -> None:
    r = subprocess.run([str(built / "prog_s")], capture_output=True, text=True, check=False)
    assert r.returncode == 2
    frames = re.findall(r"^(main\.\w+)\(.*\)\n\t(\S+):(\d+) \+0x[0-9a-f]+$", r.stderr, re.M)
    path = str(built / "prog.go")
    assert frames == [("main.check", path, "10"), ("main.main", path, "15")]
