"""Run pogo's type checker over go/types' own test files and compare error lines.

    python tests/compile/types_testdata.py [-v] [SUBSTRING...]

The reference toolchain's ``src/internal/types/testdata/{check,spec,examples,fixedbugs}``
hold single-file packages whose expected errors are written as ``/* ERROR "text" */`` (or
``ERRORx `regexp` ``) comments right after the offending token. For each file this reports
the lines where go/types expects an error that pogo does not report (``missed``: pogo is
too lenient) and the lines where pogo reports an error that nothing expects (``extra``: pogo
is too strict or wrong), then totals. Files that need a ``-lang``/``-gotypesalias`` flag or
span several files are skipped. Run by hand; it is a measuring tool, not a test.
"""

from __future__ import annotations

import io
import os
import re
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from pogo.compile.diag import Diagnostics  # noqa: E402
from pogo.compile.gotype import GoType  # noqa: E402

ERROR_RE = re.compile(r"(/\*|//)\s*ERRORx?\s")
FLAGS_RE = re.compile(r"^// -", re.M)


def reference_goroot() -> str:
    import go  # type: ignore[import-untyped]

    return os.path.dirname(go.__file__)


def expected_lines(src: str) -> set[int]:
    lines: set[int] = set()
    for m in ERROR_RE.finditer(src):
        lines.add(src.count("\n", 0, m.start()) + 1)
    return lines


def check_file(gt: GoType, path: str) -> tuple[set[int], bool] | str:
    """Lines of pogo's errors in path and whether the parser reported a syntax error (gc
    then never type-checks the file), or a string describing a crash."""
    from pogo.compile.syntax import nodes as n
    from pogo.compile.syntax.parser import parse_file
    from pogo.compile.syntax.scanner import string_lit_bytes
    from pogo.compile.types.check import check_package
    from pogo.compile.types.objects import Package

    with open(path, "rb") as fh:
        src = fh.read()
    diags = Diagnostics()
    f = parse_file(path, src, diags)
    deps: dict[str, Package | None] = {}
    for decl in f.decls:
        if isinstance(decl, n.ImportDecl):
            try:
                ip = string_lit_bytes(decl.path.value).decode()
            except (ValueError, UnicodeDecodeError):
                continue
            if ip in ("unsafe", "C"):
                continue
            r = gt.loader.resolve(ip)
            if r is not None:
                deps[ip] = gt.check(r, gt.loader.std_dir(r))  # type: ignore[assignment]
    # like gc, type-check unless the parser reported a "syntax error" (its other
    # complaints, e.g. "middle index required in 3-index slice", do not stop gc)
    parse_failed = any(d.msg.startswith("syntax error") for d in diags.items)
    if not parse_failed:
        try:
            check_package("p", [f], diags, lambda p: deps.get(p))
        except RecursionError:
            return "RecursionError"
        except Exception as e:  # noqa: BLE001 - a crash is what we want to see
            return f"{type(e).__name__}: {e}"
    # assert and trace are built-ins of go/types' test harness only
    return {d.pos.line for d in diags.items if d.filename == path
            and d.msg not in ("undefined: assert", "undefined: trace")}, parse_failed


def main(argv: list[str]) -> int:
    verbose = "-v" in argv

    def on_alarm(signum: int, frame: object) -> None:
        raise TimeoutError

    signal.signal(signal.SIGALRM, on_alarm)
    subs = [a for a in argv if a != "-v"]
    root = os.path.join(reference_goroot(), "src", "internal", "types", "testdata")
    gt = GoType(reference_goroot(), out=io.StringIO())
    files: list[str] = []
    for sub in ("check", "spec", "examples", "fixedbugs"):
        d = os.path.join(root, sub)
        files.extend(os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".go"))
    if subs:
        files = [f for f in files if any(s in f for s in subs)]
    tot_exp = tot_missed = tot_extra = clean = skipped = crashed = syntax_files = syntax_missed = 0
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as fh:
            src = fh.read()
        if FLAGS_RE.search(src.split("package", 1)[0]):
            skipped += 1
            continue
        exp = expected_lines(src)
        signal.alarm(20)
        try:
            got = check_file(gt, path)
        except TimeoutError:
            got = "timeout (20 s)"
        signal.alarm(0)
        rel = os.path.relpath(path, root)
        if isinstance(got, str):
            crashed += 1
            print(f"CRASH {rel}: {got}", flush=True)
            continue
        got, parse_failed = got
        missed = sorted(exp - got)
        extra = sorted(got - exp)
        if parse_failed and missed:
            syntax_files += 1
            syntax_missed += len(missed)
        tot_exp += len(exp)
        tot_missed += len(missed)
        tot_extra += len(extra)
        if not missed and not extra:
            clean += 1
            if verbose:
                print(f"ok    {rel}")
        else:
            print(f"DIFF  {rel}: missed {missed} extra {extra}", flush=True)
    print(f"{len(files)} files: {clean} agree, {crashed} crashed, {skipped} skipped (flags); "
          f"{tot_exp} expected error lines, {tot_missed} missed, {tot_extra} extra; "
          f"{syntax_missed} of the missed lines are in {syntax_files} files with syntax errors, "
          f"which gc's parser reports instead (it never type-checks them)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
