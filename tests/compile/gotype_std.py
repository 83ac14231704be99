"""Run ``pogo tool gotype`` over the reference toolchain's standard library, per package.

    python tests/compile/gotype_std.py [-v] [PKG...]

For every package of ``go list std`` (vendored packages left out; they are checked as
dependencies) this reports PASS when the package and all of its dependencies type-check
without errors, FAIL otherwise with the first error of the package itself (or the first
failing dependency), then the totals. All packages share one in-process checker run, so
each package is checked once.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from pogo.compile.gotype import GoType  # noqa: E402


def reference_goroot() -> str:
    import go  # type: ignore[import-untyped]

    return os.path.dirname(go.__file__)


def std_packages(goroot: str) -> list[str]:
    out = subprocess.run([os.path.join(goroot, "bin", "go"), "list", "std"], capture_output=True, text=True,
                         check=True, env={**os.environ, "GOROOT": goroot, "GOFLAGS": ""}).stdout
    return [p for p in out.split() if not p.startswith("vendor/")]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    only = [a for a in argv if not a.startswith("-")]
    goroot = reference_goroot()
    pkgs = only or std_packages(goroot)
    sys.setrecursionlimit(20000)
    start = time.time()
    buf = io.StringIO()
    g = GoType(goroot, out=buf)
    passed: list[str] = []
    failed: list[tuple[str, str]] = []
    for p in pkgs:
        mark = buf.tell()
        ok = g.check_path(p)
        if ok:
            passed.append(p)
            continue
        reason = ""
        if p in g.failed:
            own = [line for line in buf.getvalue()[mark:].splitlines() if "/src/" + p + "/" in line]
            reason = own[0].split("/src/", 1)[-1] if own else "errors"
        else:
            reason = "dependency fails: " + first_failing_dep(g, p)
        failed.append((p, reason))
    elapsed = time.time() - start
    for p in passed:
        if verbose:
            print(f"PASS {p}")
    for p, why in failed:
        print(f"FAIL {p}: {why}")
    total = len(pkgs)
    own_clean = sum(1 for p in pkgs if p not in g.failed)
    print(f"\n{len(passed)}/{total} packages clean with all dependencies ({100 * len(passed) / max(total, 1):.1f}%); "
          f"{own_clean}/{total} with their own files clean; {elapsed:.1f}s")
    return 0


def first_failing_dep(g: GoType, path: str) -> str:
    seen: set[str] = set()
    stack = [path]
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        if p in g.failed and p != path:
            return p
        sp = g.loader.cache.get(p)
        if sp is None:
            continue
        for imp, _, _, _ in reversed(sp.imports):
            r = g.loader.resolve(imp) if imp not in ("unsafe", "C") else None
            if r is not None:
                stack.append(r)
    return "?"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
