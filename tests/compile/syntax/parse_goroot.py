"""Parse every .go file of the reference toolchain's src/ tree (outside testdata dirs)
and report files with errors. Run by hand: python tests/compile/syntax/parse_goroot.py"""

from __future__ import annotations

import os
import sys
import time


def goroot_files() -> list[str]:
    import go  # type: ignore[import-untyped,unused-ignore]

    root = os.path.join(os.path.dirname(go.__file__), "src")
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "testdata")
        for fn in sorted(filenames):
            if fn.endswith(".go"):
                out.append(os.path.join(dirpath, fn))
    return out


def main() -> int:
    from pogo.compile.diag import Diagnostics
    from pogo.compile.syntax.parser import parse_file

    files = goroot_files()
    if len(sys.argv) > 1:
        files = [f for f in files if sys.argv[1] in f]
    t0 = time.perf_counter()
    nbytes = 0
    bad = 0
    for path in files:
        with open(path, "rb") as fh:
            src = fh.read()
        nbytes += len(src)
        d = Diagnostics()
        try:
            parse_file(path, src, d)
        except Exception as e:  # noqa: BLE001
            print(f"{path}: CRASH {type(e).__name__}: {e}")
            bad += 1
            continue
        if d:
            bad += 1
            sys.stdout.write(d.render())
    dt = time.perf_counter() - t0
    print(f"{len(files)} files, {nbytes / 1e6:.1f} MB, {bad} with errors, {dt:.1f}s ({nbytes / 1e6 / dt:.2f} MB/s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
