"""conformance/examples.py and run_examples.py: extracting examples, generating programs,
comparing outputs; and a run over a made-up GOROOT with one passing and one failing example."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from conformance import run_examples  # noqa: E402
from conformance.common import find_go, go_env, run  # noqa: E402
from conformance.examples import output_matches, parse_example_file, program_for  # noqa: E402

EXAMPLES = '''// Copyright notice.

package demo_test

import (
	"fmt"
	"os"
	"strings"
)

// helper is shared by examples.
func helper(n int) int {
	return n * 2
}

var template = `
func ExampleNotReal() {
}
`

type counter int

func (c counter) String() string { return strings.Repeat("|", int(c)) }

func exitNow() { os.Exit(0) }

func ExampleDouble() {
	fmt.Println(helper(21), counter(2))
	// Output: 42 ||
}

func ExampleWrong() {
	fmt.Println(helper(1), helper(2))
	// Output:
	// 2 5
}

func ExampleLines() {
	fmt.Println(1)
	fmt.Println(2)
	// Unordered output:
	// 2
	// 1
}

func ExampleNoOutput() {
	fmt.Println(strings.Repeat("x", 3))
	os.Exit(0)
}
'''


def test_parse_example_file() -> None:
    ef = parse_example_file(EXAMPLES)
    assert ef.package == "demo_test"
    by = {e.name: e for e in ef.examples}
    assert set(by) == {"ExampleDouble", "ExampleWrong", "ExampleLines", "ExampleNoOutput"}  # not ExampleNotReal
    assert by["ExampleDouble"].output == "42 ||"
    assert by["ExampleWrong"].output == "2 5"
    assert by["ExampleLines"].unordered and by["ExampleLines"].output == "2\n1"
    assert by["ExampleNoOutput"].output is None


def test_program_for_keeps_what_the_example_needs() -> None:
    prog = program_for(parse_example_file(EXAMPLES), "ExampleDouble", "demo/example_test.go")
    assert "package main" in prog and "func main() {\n\tExampleDouble()\n}" in prog
    assert "func helper" in prog and "type counter int" in prog and "func (c counter) String" in prog
    assert "func ExampleWrong" not in prog and "func ExampleNoOutput" not in prog
    assert "func exitNow" not in prog and "var template" not in prog  # not reached from the example
    assert '"fmt"' in prog and '"strings"' in prog and '"os"' not in prog
    prog = program_for(parse_example_file(EXAMPLES), "ExampleWrong", "demo/example_test.go")
    assert "type counter" not in prog and '"strings"' not in prog


def test_output_matches() -> None:
    assert output_matches("a\nb", "a\nb\n", False)
    assert not output_matches("a\nb", "b\na\n", False)
    assert output_matches("a\nb", "b\na\n", True)


def test_run_examples_on_a_made_up_goroot(tmp_path: Path, shared_pogo_cache: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "goroot" / "src" / "demo"
    src.mkdir(parents=True)
    (src / "example_test.go").write_text(EXAMPLES.replace("ExampleLines", "exampleLines")
                                         .replace("helper(21), counter(2)", "helper(21)").replace("42 ||", "42"))
    code = run_examples.main(["--goroot", str(tmp_path / "goroot"), "--no-go-check", "-j", "2", "demo"])
    out = capsys.readouterr().out
    assert "demo: 1 passed, 1 failed, 0 skipped (1 without output, not run)" in out, out
    assert "FAIL demo.ExampleWrong: output line 1: want '2 5', got '2 4'" in out
    assert out.strip().endswith("1 passed, 1 failed, 0 skipped")
    assert code == 1


def test_pinned_examples_exist_in_the_reference_goroot() -> None:
    """Every pinned example is an example with an output comment in the reference go's
    sources, in an external test package: the gate can only pin what the runner runs."""
    go = find_go()
    if go is None:
        pytest.skip("no reference go")
    goroot = Path(run([go, "env", "GOROOT"], env=go_env(), timeout=60).stdout.decode().strip())
    pinned = run_examples.read_pinned(run_examples.PINNED)
    assert pinned == sorted(set(pinned)), "keep the pinned list sorted and without repeats"
    pkgs = list(dict.fromkeys(run_examples.pinned_package(n) for n in pinned))
    jobs, _, _ = run_examples.collect(goroot, pkgs)
    runnable = {f"{j.pkg}.{j.example.name}" for j in jobs}
    assert not [n for n in pinned if n not in runnable]


def test_pinned_gate_reports_regressions(tmp_path: Path, shared_pogo_cache: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "goroot" / "src" / "demo"
    src.mkdir(parents=True)
    (src / "example_test.go").write_text(EXAMPLES.replace("helper(21), counter(2)", "helper(21)").replace("42 ||", "42"))
    pinned = tmp_path / "pinned.txt"
    pinned.write_text("# comment\ndemo.ExampleDouble\n")
    written = tmp_path / "passing.txt"
    argv = ["--goroot", str(tmp_path / "goroot"), "--no-go-check", "-j", "2", "--write-pinned", str(written)]
    assert run_examples.main([*argv, "--pinned", str(pinned)]) == 0  # ExampleWrong fails but is not pinned
    out = capsys.readouterr().out
    assert "NEW PASS demo.ExampleLines" in out and "0 pinned examples regressed" in out
    assert written.read_text() == "demo.ExampleDouble\ndemo.ExampleLines\n"
    pinned.write_text("demo.ExampleDouble\ndemo.ExampleWrong\n")
    assert run_examples.main([*argv, "--pinned", str(pinned)]) == 1
    out = capsys.readouterr().out
    assert "REGRESSION demo.ExampleWrong: output line 1: want '2 5', got '2 4'" in out
