"""bench/: the report, JSON round trip, compare (never fails), the module generator and the
argument checks. Nothing here times anything: speed is reported by bench/run.py, never
asserted."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import compare, run  # noqa: E402
from bench.codespeed import CATALOG, PROGRAMS, first_difference  # noqa: E402
from bench.gorun import module_deps, write_module  # noqa: E402
from bench.report import Measure, read_json, table, write_json  # noqa: E402
from bench.throughput import imports_of, pogo_corpus  # noqa: E402


def sample() -> list[Measure]:
    return [
        Measure("fannkuch-redux 9", "generated code", "s", 0.4, 0.02),
        Measure("nbody 1000", "generated code", "s", None, 0.03, pogo_note="not supported yet (x.go:1:1: floats)"),
        Measure("parser", "compile throughput", "lines/s", 20_000, 400_000, higher_is_better=True),
    ]


def test_ratio_is_how_far_pogo_is_behind() -> None:
    a, b, c = sample()
    assert a.ratio == pytest.approx(20)
    assert b.ratio is None
    assert c.ratio == pytest.approx(20)


def test_table_shows_every_measure_and_why_one_is_missing() -> None:
    t = table(sample())
    assert "fannkuch-redux 9" in t and "nbody 1000" in t and "parser" in t
    assert "pogo: not supported yet (x.go:1:1: floats)" in t
    assert "n/a" in t


def test_json_round_trip_and_compare(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    write_json(old, sample(), {"mode": "quick", "machine": {"cpu": "x", "cores": 2}})
    ms = sample()
    ms[0].pogo = 0.2
    ms[1].pogo = 0.5
    ms.append(Measure("new one", "g", "s", 1.0, 1.0))
    write_json(new, ms, {"mode": "quick", "machine": {"cpu": "x", "cores": 2}})
    meta, back = read_json(new)
    assert meta["mode"] == "quick" and [m.name for m in back] == [m.name for m in ms]
    report = compare.compare(old, new)
    assert "-50.0%" in report and "better" in report and "now measured" in report
    assert "only in new: new one" in report


def test_compare_never_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert compare.main([str(bad), str(tmp_path / "missing.json")]) == 0
    assert "cannot read" in capsys.readouterr().out
    assert compare.main([]) == 0


def test_programs_exist_with_size_argument() -> None:
    for p in CATALOG:
        src = (PROGRAMS / f"{p.name}.go").read_text()
        assert "package main" in src and "os.Args" in src
        assert p.quick < p.full


def test_stress_programs_exist_with_size_argument() -> None:
    from bench import stress

    for p in stress.CATALOG:
        src = (stress.PROGRAMS / f"{p.name}.go").read_text()
        assert "package main" in src and "os.Args" in src
        assert p.quick < p.full


def test_first_difference() -> None:
    assert first_difference(b"a\nb\n", b"a\nc\n") == "line 2: want 'b', got 'c'"
    assert "<end of output>" in first_difference(b"a", b"a\nb")


def test_module_generator(tmp_path: Path) -> None:
    deps = module_deps(20, 5)
    assert deps[0] == [] and all(d < i for i, ds in deps.items() for d in ds)
    assert all(len(deps[i]) >= 1 for i in range(5, 20))
    write_module(tmp_path, 20, 5, 3)
    assert (tmp_path / "go.mod").read_text().startswith("module example.com/benchmod")
    assert len(list(tmp_path.glob("p*/p*.go"))) == 20
    main = (tmp_path / "main.go").read_text()
    assert '"example.com/benchmod/p19"' in main and '"example.com/benchmod/p15"' in main


def test_corpus_is_in_dependency_order() -> None:
    corpus = pogo_corpus()
    seen: set[str] = set()
    paths = {cp.path for cp in corpus}
    for cp in corpus:
        assert all(i in seen for i in cp.imports if i in paths), cp.path
        seen.add(cp.path)
    assert corpus[-1].path == "main"
    assert imports_of('import (\n\t"fmt"\n\tx "os"\n)\n') == {"fmt", "os"}


def test_only_rejects_unknown_names() -> None:
    with pytest.raises(SystemExit):
        run.parse_args(["--only", "nonsense"])
    assert run.parse_args(["--quick", "--only", "code", "nbody"]).only == ["code", "nbody"]


def test_error_line_under_x() -> None:
    from bench.throughput import error_line_under_x

    stderr = "WORK=/tmp/x\nmkdir -p $WORK/b001/\ncd /src\n# command-line-arguments\n./a.go:3:1: pogo: maps not supported yet\n"
    assert error_line_under_x(stderr) == "./a.go:3:1: pogo: maps not supported yet"
    assert error_line_under_x("") == "build failed"
