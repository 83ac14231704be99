"""The unicode range tables are static data: a program links exactly the tables it uses.

``var Latin = &rtLatin`` and ``var rtLatin = RangeTable{R16: []Range16{...}}`` are laid out by
the compiler as data (pogo/compile/ir/staticinit.py), so the package initialiser does not refer
to them and the linker's reachability pass drops every table the program never mentions.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent

HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n'
HAN = (
    'package main\n\nimport (\n\t"fmt"\n\t"unicode"\n)\n\n'
    "func main() {\n\tfmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('x', unicode.Digit, unicode.Latin))\n}\n"
)


def unicode_symbols(tmp_path: Path, name: str, src: str) -> tuple[set[str], str]:
    (tmp_path / f"{name}.go").write_text(src)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    build = [sys.executable, "-m", "pogo", "build", "-o", name, f"{name}.go"]
    r = subprocess.run(build, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert r.returncode == 0, r.stderr
    nm = subprocess.run(["nm", str(tmp_path / name)], capture_output=True, encoding="utf-8", errors="replace", check=True)
    syms = {line.split()[-1] for line in nm.stdout.splitlines() if " unicode." in line}
    out = subprocess.run([str(tmp_path / name)], capture_output=True, text=True, check=True).stdout
    return syms, out


def test_hello_links_no_range_table(tmp_path: Path) -> None:
    syms, out = unicode_symbols(tmp_path, "hello", HELLO)
    assert out == "hello, world\n"
    assert not [s for s in syms if s.startswith("unicode.rt") or s.startswith("unicode.CaseRanges")]


def test_only_used_tables_are_linked(tmp_path: Path) -> None:
    syms, out = unicode_symbols(tmp_path, "han", HAN)
    assert out == "true true\n"
    tables = {s.split("·")[0] for s in syms if s.startswith("unicode.rt")}
    assert tables == {"unicode.rtHan", "unicode.rtNd", "unicode.rtLatin"}
