"""Fuzzing the front end: mutated real Go files must only ever produce Go errors.

Each input is a real Go file (the e2e corpus, plus a few files of the reference GOROOT when
it is installed) changed by one or more mutations: delete, duplicate or swap tokens,
replace a token by another file's token, truncate, or overwrite random bytes. The scanner,
parser and type checker run on it; any Python exception is a bug. The in-suite run is a
short, deterministic sample; a long campaign is

    POGO_FUZZ_SECONDS=600 python -m pytest -q tests/compile/test_fuzz_frontend.py -s

which prints how many inputs it tried (``POGO_FUZZ_SEED`` picks another random sequence).
"""

from __future__ import annotations

import io
import os
import random
import sys
import time
import traceback
from pathlib import Path

from pogo.compile.diag import Diagnostics
from pogo.compile.gotype import GoType
from pogo.compile.syntax.parser import parse_file
from pogo.compile.syntax.scanner import scan_all
from pogo.compile.types.check import check_package
from pogo.compile.types.objects import Package
from pogo.load.goroot import GOROOT

TESTDATA = Path(__file__).resolve().parent.parent / "testdata"

_REF_FILES = [
    "errors/errors.go", "unicode/utf8/utf8.go", "strings/strings.go", "strconv/atoi.go", "sort/sort.go",
    "math/bits/bits.go", "fmt/print.go", "bufio/scan.go", "slices/sort.go", "container/list/list.go",
]


def seed_files() -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for sub in ("run", "errors"):
        for p in sorted((TESTDATA / sub).glob("*.go")):
            out.append((p.name, p.read_bytes()))
    try:
        import go  # type: ignore[import-untyped]

        src = Path(os.path.dirname(go.__file__)) / "src"
        for rel in _REF_FILES:
            if (src / rel).is_file():
                out.append((rel, (src / rel).read_bytes()))
    except ImportError:
        pass
    return out


def token_spans(src: bytes) -> list[tuple[int, int]]:
    """Byte (start, end) of each token; the end is the next token's start."""
    starts = [0]
    for i, b in enumerate(src):
        if b == 0x0A:
            starts.append(i + 1)
    offs: list[int] = []
    for line, col, _tok, _text in scan_all(src, lambda *_: None):
        if 1 <= line <= len(starts):
            off = starts[line - 1] + col - 1
            if 0 <= off <= len(src) and (not offs or off > offs[-1]):
                offs.append(off)
    offs.append(len(src))
    return [(offs[i], offs[i + 1]) for i in range(len(offs) - 1)]


def mutate(rng: random.Random, src: bytes, donor: bytes) -> bytes:
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        spans = token_spans(src) if rng.random() < 0.8 else []
        op = rng.randrange(7) if spans else rng.choice((4, 5))
        if op == 0:  # delete a token
            a, b = rng.choice(spans)
            src = src[:a] + src[b:]
        elif op == 1:  # duplicate a token
            a, b = rng.choice(spans)
            src = src[:b] + src[a:b] + src[b:]
        elif op == 2:  # swap two tokens
            (a1, b1), (a2, b2) = sorted(rng.sample(spans, 2)) if len(spans) > 1 else (spans[0], spans[0])
            if b1 <= a2:
                src = src[:a1] + src[a2:b2] + src[b1:a2] + src[a1:b1] + src[b2:]
        elif op == 3:  # a token from another file
            dspans = token_spans(donor)
            if dspans:
                a, b = rng.choice(spans)
                c, d = rng.choice(dspans)
                src = src[:a] + donor[c:d] + src[b:]
        elif op == 4:  # truncate
            src = src[: rng.randrange(len(src) + 1)]
        elif op == 5:  # random bytes
            for _ in range(rng.randint(1, 4)):
                if not src:
                    break
                i = rng.randrange(len(src))
                src = src[:i] + bytes([rng.choice((rng.randrange(256), *b"{}()[];,.:=*&<-\"'`\n/\\0x_"))]) + src[i + 1:]
        else:  # delete a whole line
            lines = src.split(b"\n")
            del lines[rng.randrange(len(lines))]
            src = b"\n".join(lines)
    return src


class FrontEnd:
    """Parses and checks one file as a package; std imports come from pogo's GOROOT."""

    def __init__(self) -> None:
        self.gotype = GoType(GOROOT, out=io.StringIO())

    def importer(self, path: str) -> Package | None:
        r = self.gotype.loader.resolve(path)
        if r is None:
            return None
        p = self.gotype.check(r, self.gotype.loader.std_dir(r))
        return p if isinstance(p, Package) else None

    def run(self, name: str, src: bytes) -> str:
        diags = Diagnostics()
        f = parse_file(name, src, diags)
        if not diags:
            check_package("main" if f.pkg_name.value == "main" else f.pkg_name.value, [f], diags, self.importer)
        return diags.render()


def campaign(seconds: float, max_inputs: int, seed: int) -> tuple[int, list[str]]:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    rng = random.Random(seed)
    seeds = seed_files()
    fe = FrontEnd()
    failures: list[str] = []
    tried = 0
    deadline = time.monotonic() + seconds
    while tried < max_inputs and time.monotonic() < deadline:
        name, src = rng.choice(seeds)
        _, donor = rng.choice(seeds)
        m = mutate(rng, src, donor)
        tried += 1
        try:
            fe.run(name, m)
        except RecursionError:
            pass  # the compiler driver reports "nesting too deep" for these
        except Exception:  # noqa: BLE001 - every other exception is the bug being hunted
            failures.append(f"{name} (input #{tried}):\n{traceback.format_exc()}\n--- input ---\n"
                            f"{m.decode('utf-8', 'replace')[:3000]}")
            if len(failures) >= 5:
                break
    return tried, failures


def test_fuzz_front_end_never_raises() -> None:
    seconds = float(os.environ.get("POGO_FUZZ_SECONDS", "0") or 0)
    seed = int(os.environ.get("POGO_FUZZ_SEED", "1"))
    if seconds > 0:
        tried, failures = campaign(seconds, 10**12, seed)
        print(f"\nfuzz campaign: {tried} inputs in {seconds:.0f}s, {len(failures)} failures")
    else:
        tried, failures = campaign(4.0, 300, seed)
    assert not failures, failures[0]
    assert tried > 0


def test_mutations_change_input() -> None:
    rng = random.Random(7)
    src = b"package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n}\n"
    outs = {mutate(rng, src, src) for _ in range(50)}
    assert len(outs) > 10
