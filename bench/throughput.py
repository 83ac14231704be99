"""Compile throughput per phase, in lines per second, and peak memory of the compiler.

The corpus is fixed and recorded in the results: (1) every package of pogo's own GOROOT
(``pogo/goroot/src``, in dependency order) plus ``bench/corpus/main.go``; (2) for the
scanner and parser only, the ``.go`` files (not tests) of a fixed list of packages of the
reference toolchain's GOROOT/src.

pogo's phases run in this process, by calling the compiler's own modules in the order
``pogo/compile/main.py`` does (scanner, parser, type checker, IR, SSA, amd64 code
generation); a warm-up pass comes first so that imports are not timed; each phase's best of
several repetitions counts. The Go column comes from ``bench/gophases`` (go/scanner,
go/parser and go/types over the same files), from gc's ``-bench`` timings for a whole
compile, and from the linker's ``-benchmark=cpu`` for linking. gc times SSA and code
generation together and not per phase, so IR, SSA and code generation have no Go value.

Memory is the peak RSS (ru_maxrss via wait4) of each ``pogo tool compile`` process of a
build, re-run by hand from ``pogo build -x -work`` output; for go, a ``-toolexec`` wrapper
records the same for each ``compile``.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import re
import shlex
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.report import Measure
from bench.toolchain import BENCH, REPO, Toolchains, run, run_rusage

POGO_GOROOT = REPO / "pogo" / "goroot" / "src"
CORPUS_MAIN = BENCH / "corpus" / "main.go"
REFERENCE_QUICK = ["errors", "sort", "strconv", "strings", "fmt", "bufio", "bytes"]
REFERENCE_FULL = REFERENCE_QUICK + ["go/ast", "go/parser", "go/scanner", "go/types", "net/http", "time", "os", "math/big",
                                    "encoding/json", "regexp/syntax", "text/template"]

_OTHER_OS = {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "nacl", "netbsd",
             "openbsd", "plan9", "solaris", "wasip1", "windows", "zos"}
_OTHER_ARCH = {"386", "arm", "arm64", "loong64", "mips", "mipsle", "mips64", "mips64le", "ppc64", "ppc64le",
               "riscv64", "s390x", "wasm", "sparc64"}


def file_for_linux_amd64(path: Path) -> bool:
    """File-name constraints (``_GOOS``, ``_GOARCH``, ``_test``) and ``//go:build ignore``;
    enough for selecting pogo's GOROOT, which targets linux/amd64 only."""
    stem = path.stem
    if stem.endswith("_test"):
        return False
    parts = stem.split("_")
    if len(parts) >= 2 and (parts[-1] in _OTHER_OS or parts[-1] in _OTHER_ARCH):
        return False
    if len(parts) >= 3 and parts[-2] in _OTHER_OS:
        return False
    head = path.read_bytes()[:2000].decode(errors="replace")
    m = re.search(r"^//go:build (.*)$", head, re.M)
    return not (m and m.group(1).strip() == "ignore")


_IMPORT_BLOCK = re.compile(r"^import\s*\(([^)]*)\)", re.M)
_IMPORT_ONE = re.compile(r'^import\s+(?:[\w.]+\s+)?"([^"]+)"', re.M)


def imports_of(src: str) -> set[str]:
    out = set(_IMPORT_ONE.findall(src))
    for block in _IMPORT_BLOCK.findall(src):
        out.update(re.findall(r'"([^"]+)"', block))
    return out


@dataclass
class CorpusPackage:
    path: str
    files: list[Path]
    lines: int = 0
    imports: set[str] = field(default_factory=set)


def pogo_corpus() -> list[CorpusPackage]:
    """pogo's GOROOT packages in dependency order, then the corpus main package."""
    pkgs: dict[str, CorpusPackage] = {}
    for d in sorted(p for p in POGO_GOROOT.rglob("*") if p.is_dir()):
        files = sorted(f for f in d.glob("*.go") if file_for_linux_amd64(f))
        if not files:
            continue
        path = d.relative_to(POGO_GOROOT).as_posix()
        cp = CorpusPackage(path, files)
        for f in files:
            text = f.read_text(errors="replace")
            cp.lines += text.count("\n")
            cp.imports |= imports_of(text)
        pkgs[path] = cp
    order: list[CorpusPackage] = []
    state: dict[str, int] = {}

    def visit(p: str) -> None:
        if state.get(p) or p not in pkgs:
            return
        state[p] = 1
        for q in sorted(pkgs[p].imports):
            visit(q)
        state[p] = 2
        order.append(pkgs[p])

    for p in sorted(pkgs):
        visit(p)
    text = CORPUS_MAIN.read_text()
    order.append(CorpusPackage("main", [CORPUS_MAIN], text.count("\n"), imports_of(text)))
    return order


def reference_corpus(goroot: Path, quick: bool) -> list[Path]:
    files: list[Path] = []
    for pkg in REFERENCE_QUICK if quick else REFERENCE_FULL:
        files += sorted(f for f in (goroot / "src" / pkg).glob("*.go") if not f.name.endswith("_test.go"))
    return files


# ---------------------------------------------------------------------------
# pogo's phases, in process


@dataclass
class PhaseTimes:
    seconds: dict[str, float] = field(default_factory=dict)  # phase -> best total seconds
    lines: dict[str, int] = field(default_factory=dict)  # phase -> lines that went through it
    notes: dict[str, str] = field(default_factory=dict)  # phase -> why missing or partial


def _best(reps: int, f: Callable[[], float]) -> float:
    """Best of reps runs, each after a full collection, so that the garbage an earlier
    measure left behind is not charged to this one (CPython's cyclic GC scans it)."""
    best = float("inf")
    for _ in range(reps):
        gc.collect()
        best = min(best, f())
    return best


def time_pogo_frontend_files(files: list[Path], reps: int) -> PhaseTimes:
    """Scanner and parser over a list of files (no type checking)."""
    from pogo.compile.diag import Diagnostics
    from pogo.compile.syntax.parser import parse_file
    from pogo.compile.syntax.scanner import scan_all

    res = PhaseTimes()
    srcs = [(str(f), f.read_bytes()) for f in files]
    lines = sum(s.count(b"\n") for _, s in srcs)
    bad = 0

    def scan() -> float:
        t = time.perf_counter()
        for _, s in srcs:
            scan_all(s)
        return time.perf_counter() - t

    def parse() -> float:
        nonlocal bad
        bad = 0
        t = time.perf_counter()
        for name, s in srcs:
            d = Diagnostics()
            parse_file(name, s, d)
            if d:
                bad += 1
        return time.perf_counter() - t

    scan()  # warm-up (imports, caches)
    res.seconds["scanner"] = _best(reps, scan)
    res.lines["scanner"] = lines
    res.seconds["parser"] = _best(max(2, reps), parse)
    res.lines["parser"] = lines
    if bad:
        res.notes["parser"] = f"{bad} of {len(srcs)} files had syntax errors"
    return res


def time_pogo_phases(corpus: list[CorpusPackage], reps: int) -> PhaseTimes:
    """All phases over pogo's GOROOT and the corpus main package, mirroring
    pogo/compile/main.py. Packages that a phase cannot handle yet (``not supported yet``) drop
    out of that phase and the later ones; the lines counted are those that went through."""
    from pogo.compile.amd64.gen import generate as gen_func
    from pogo.compile.diag import Diagnostics
    from pogo.compile.ir.build import PackageBuilder
    from pogo.compile.ssa.build import build_func
    from pogo.compile.ssa.compile import run_passes
    from pogo.compile.syntax.parser import parse_file
    from pogo.compile.syntax.scanner import scan_all
    from pogo.compile.types.check import check_package
    from pogo.compile.types.export import Universe, encode_export
    from pogo.compile.types.objects import Package

    phases = ["scanner", "parser", "type checker", "IR", "SSA", "code generation"]
    best: dict[str, float] = {}
    lines: dict[str, int] = {}
    notes: dict[str, str] = {}
    srcs = {cp.path: [(str(f), f.read_bytes()) for f in cp.files] for cp in corpus}

    def one_pass() -> dict[str, float]:
        secs = dict.fromkeys(phases, 0.0)
        count = dict.fromkeys(phases, 0)
        exports: dict[str, bytes] = {}
        for cp in corpus:
            files = srcs[cp.path]
            t0 = time.perf_counter()
            for _, s in files:
                scan_all(s)
            t1 = time.perf_counter()
            diags = Diagnostics()
            trees = [parse_file(name, s, diags) for name, s in files]
            t2 = time.perf_counter()
            secs["scanner"] += t1 - t0
            secs["parser"] += t2 - t1
            count["scanner"] += cp.lines
            count["parser"] += cp.lines
            if diags:
                notes.setdefault("parser", f"{cp.path}: {diags.items[0]}")
                continue
            universe = Universe()

            def importer(path: str, universe: Universe = universe, exports: dict[str, bytes] = exports) -> Package | None:
                p = universe.packages.get(path)
                if p is not None and p.complete:
                    return p
                data = exports.get(path)
                return universe.decode(data) if data is not None else None

            t2 = time.perf_counter()
            pkg, chk = check_package(cp.path, trees, diags, importer)
            t3 = time.perf_counter()
            if diags:
                notes.setdefault("type checker", f"{cp.path}: {diags.items[0]}")
                continue
            secs["type checker"] += t3 - t2
            count["type checker"] += cp.lines
            exports[cp.path] = encode_export(pkg, dict(files), exports)
            try:
                t3 = time.perf_counter()
                irpkg = PackageBuilder(pkg, chk.info, chk.op_assign_exprs).build()
                t4 = time.perf_counter()
            except Exception as e:  # an Unsupported feature, or a crash: reported, not fatal
                notes.setdefault("IR", f"{cp.path}: {type(e).__name__}: {e}")
                continue
            secs["IR"] += t4 - t3
            count["IR"] += cp.lines
            strings: dict[bytes, str] = dict(irpkg.strings)
            types = dict(irpkg.types)
            ssa_t = gen_t = 0.0
            try:
                funcs = []
                for fn in irpkg.funcs:
                    if fn.intrinsic:
                        continue
                    a = time.perf_counter()
                    f = build_func(fn, strings, types)
                    run_passes(f, None)
                    b = time.perf_counter()
                    funcs.append(f)
                    ssa_t += b - a
                a = time.perf_counter()
                for f in funcs:
                    gen_func(f)
                gen_t = time.perf_counter() - a
            except Exception as e:
                notes.setdefault("SSA", f"{cp.path}: {type(e).__name__}: {e}")
                continue
            secs["SSA"] += ssa_t
            secs["code generation"] += gen_t
            count["SSA"] += cp.lines
            count["code generation"] += cp.lines
        lines.update(count)
        return secs

    one_pass()  # warm-up
    for _ in range(reps):
        secs = one_pass()
        for k, v in secs.items():
            best[k] = min(best.get(k, v), v)
    res = PhaseTimes(best, lines, notes)
    return res


# ---------------------------------------------------------------------------
# go's front end over the same files


def build_gophases(tc: Toolchains) -> Path | str:
    out = tc.fresh_dir("gophases") / "gophases"
    r = tc.gocmd("build", "-o", str(out), "main.go", cwd=BENCH / "gophases")
    return out if r.ok else f"building bench/gophases failed: {r.first_error_line()}"


def run_gophases(exe: Path, packages: list[tuple[str, list[Path]]], check: bool, reps: int) -> dict[str, Any] | str:
    args = [str(exe), f"-reps={reps}"] + (["-check"] if check else [])
    args += [f"{path}={','.join(str(f) for f in files)}" for path, files in packages]
    r = run(args, timeout=600)
    if not r.ok:
        return f"gophases failed: {r.first_error_line()}"
    try:
        data = json.loads(r.stdout)
    except ValueError:
        return "gophases printed no JSON"
    return data if isinstance(data, dict) else "gophases printed no object"


# ---------------------------------------------------------------------------
# whole compiles, link, memory


@dataclass
class ToolCommand:
    tool: str  # "compile" or "link"
    pkg: str
    argv: list[str]  # arguments after "pogo tool compile|link"
    cwd: str


def error_line_under_x(stderr: str) -> str:
    """The first error line of a build run with -x, whose stderr also holds the commands."""
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    for ln in lines:
        if re.match(r"^\S+:\d+:\d+: ", ln) or ln.startswith("pogo:") or "internal error" in ln:
            return ln
    return lines[-1] if lines else "build failed"


def pogo_build_commands(tc: Toolchains, src: Path) -> tuple[list[ToolCommand], Path] | str:
    """Build src with an empty cache under -x -work and return the tool commands it ran
    (with $WORK expanded) and the work directory (kept, with its archives)."""
    env = tc.make_pogo_env(tc.fresh_dir("pogocache-x"))
    r = tc.pogo("build", "-x", "-work", "-o", str(tc.fresh_dir("xout") / "a.out"), src.name, cwd=src.parent, env=env)
    if not r.ok:
        return error_line_under_x(r.stderr.decode(errors="replace"))
    text = r.stderr.decode(errors="replace")
    m = re.search(r"^WORK=(.*)$", text, re.M)
    if not m:
        return "pogo build -x -work printed no WORK="
    work = m.group(1).strip()
    cwd = str(src.parent)
    cmds: list[ToolCommand] = []
    for line in text.splitlines():
        if line.startswith("cd "):
            cwd = line[3:].strip()
            continue
        mm = re.search(r" -m pogo tool (compile|link) (.*)$", line)
        if not mm:
            continue
        argv = shlex.split(mm.group(2).replace("$WORK", work))
        pkg = ""
        if mm.group(1) == "compile" and "-p" in argv:
            pkg = argv[argv.index("-p") + 1]
        cmds.append(ToolCommand(mm.group(1), pkg, argv, cwd))
    if not cmds:
        return "no tool commands found in pogo build -x output"
    return cmds, Path(work)


def in_process(main: Callable[[list[str]], int], argv: list[str], cwd: str, reps: int) -> float | str:
    """Best time of main(argv) run in this process (after a warm-up), output discarded."""
    import os

    old = os.getcwd()
    try:
        os.chdir(cwd)
        times = []
        for _ in range(reps + 1):
            out, err = io.StringIO(), io.StringIO()
            t = time.perf_counter()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(argv)
            times.append(time.perf_counter() - t)
            if code != 0:
                return f"exit status {code}: {err.getvalue().strip().splitlines()[:1]}"
        return min(times[1:])
    finally:
        os.chdir(old)


def go_build_bench(tc: Toolchains, src: Path, rebuild_all: bool) -> dict[str, Any] | str:
    """Build a salted copy of src with gc's -bench timings, the linker's -benchmark=cpu and a
    -toolexec memory wrapper. Returns compile/link seconds and per-package peak RSS. The
    standard library comes from the cache (a -toolexec wrapper that passes -V=full through
    does not change action IDs) unless rebuild_all (-a)."""
    d = tc.fresh_dir("gobench")
    (d / "main.go").write_text(src.read_text() + f"\n// salt {time.time_ns()}\n")
    bench_file = d / "compile.bench"
    rss_file = d / "rss.jsonl"
    wrapper = f"{shlex.quote(sys.executable)} {shlex.quote(str(BENCH / 'toolexec_rss.py'))} {shlex.quote(str(rss_file))}"
    r = tc.gocmd("build", *(["-a"] if rebuild_all else []), f"-gcflags=-bench={bench_file}", "-ldflags=-benchmark=cpu", f"-toolexec={wrapper}",
                 "-o", "a.out", "main.go", cwd=d, timeout=1800)
    if not r.ok:
        return r.first_error_line()
    out: dict[str, Any] = {}
    text = bench_file.read_text() if bench_file.exists() else ""
    m = re.search(r"BenchmarkCompile:[^:\s]+:total\s+\d+\s+(\d+) ns/op", text)
    if m:
        out["compile_s"] = int(m.group(1)) / 1e9
    both = (r.stdout + r.stderr).decode(errors="replace")
    m = re.search(r"BenchmarkTotalTime\s+\d+\s+(\d+) ns/op", both)
    if m:
        out["link_s"] = int(m.group(1)) / 1e9
    rss: dict[str, int] = {}
    if rss_file.exists():
        for line in rss_file.read_text().splitlines():
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if rec.get("tool") == "compile" and rec.get("pkg"):
                rss[str(rec["pkg"])] = max(rss.get(str(rec["pkg"]), 0), int(rec.get("maxrss_kib", 0)))
    out["rss"] = rss
    return out


# ---------------------------------------------------------------------------


def measures(tc: Toolchains, *, quick: bool, want_throughput: bool = True, want_memory: bool = True) -> list[Measure]:
    reps = 2 if quick else 5
    group = "compile throughput"
    out: list[Measure] = []
    corpus = pogo_corpus()
    corpus_lines = sum(cp.lines for cp in corpus)
    corpus_desc = f"pogo GOROOT + bench/corpus ({len(corpus)} packages, {corpus_lines} lines)"
    goroot = tc.goroot()
    ref_files = reference_corpus(goroot, quick)
    ref_lines = sum(f.read_bytes().count(b"\n") for f in ref_files)
    ref_desc = f"Go GOROOT/src ({len(ref_files)} files, {ref_lines} lines)"
    exe = build_gophases(tc)
    main_lines = CORPUS_MAIN.read_text().count("\n")

    if want_throughput:
        try:
            pt = time_pogo_phases(corpus, reps)
        except Exception as e:  # an API of the compiler changed under us: say so, keep going
            pt = PhaseTimes(notes={"*": f"in-process phase timing failed: {type(e).__name__}: {e}"})
        go_pogo: dict[str, Any] | str = "no gophases"
        go_ref: dict[str, Any] | str = "no gophases"
        if isinstance(exe, Path):
            pkgs = [(cp.path, cp.files) for cp in corpus]
            go_pogo = run_gophases(exe, pkgs, True, reps)
            go_ref = run_gophases(exe, [("ref", ref_files)], False, reps)
        else:
            go_pogo = go_ref = exe
        go_key = {"scanner": "scan_s", "parser": "parse_s", "type checker": "check_s"}
        for phase in ["scanner", "parser", "type checker", "IR", "SSA", "code generation"]:
            m = Measure(f"{phase}: {corpus_desc}", group, "lines/s", None, None, higher_is_better=True)
            secs, n = pt.seconds.get(phase), pt.lines.get(phase, 0)
            if secs and n:
                m.pogo = n / secs
                if n < corpus_lines:
                    m.detail = f"{n} of {corpus_lines} lines went through this phase"
            note = pt.notes.get(phase) or pt.notes.get("*", "")
            if note:
                m.pogo_note = (note if m.pogo is None else f"partial: {note}")[:300]
            if phase in go_key:
                if isinstance(go_pogo, dict) and go_pogo.get(go_key[phase]):
                    m.go = float(go_pogo["lines"]) / float(go_pogo[go_key[phase]])
                    if phase == "type checker" and go_pogo.get("type_errors"):
                        m.go_note = f"go/types reported {go_pogo['type_errors']} errors: {go_pogo.get('first_error', '')}"
                else:
                    m.go_note = str(go_pogo)
            else:
                m.go_note = "gc does not time this phase on its own (SSA and code generation are one 'compilefuncs' phase)"
            out.append(m)
        try:
            rt = time_pogo_frontend_files(ref_files, max(1, reps - 1))
        except Exception as e:
            rt = PhaseTimes(notes={"*": f"{type(e).__name__}: {e}"})
        for phase in ["scanner", "parser"]:
            m = Measure(f"{phase}: {ref_desc}", group, "lines/s", None, None, higher_is_better=True)
            secs = rt.seconds.get(phase)
            if secs:
                m.pogo = rt.lines[phase] / secs
            note = rt.notes.get(phase) or rt.notes.get("*", "")
            if note:
                m.pogo_note = note
            key = {"scanner": "scan_s", "parser": "parse_s"}[phase]
            if isinstance(go_ref, dict) and go_ref.get(key):
                m.go = float(go_ref["lines"]) / float(go_ref[key])
            else:
                m.go_note = str(go_ref)
            out.append(m)

    cmds = pogo_build_commands(tc, CORPUS_MAIN)
    gob = go_build_bench(tc, CORPUS_MAIN, rebuild_all=want_memory and not quick)
    if want_throughput:
        whole = Measure(f"whole compile of bench/corpus/main.go ({main_lines} lines)", group, "lines/s", None, None,
                        higher_is_better=True)
        link = Measure("link of bench/corpus/main.go", group, "s", None, None)
        if isinstance(cmds, str):
            whole.pogo_note = link.pogo_note = cmds
        else:
            from pogo.compile.main import main as compile_main
            from pogo.link.main import main as link_main

            main_cmd = next((c for c in cmds[0] if c.tool == "compile" and c.pkg == "main"), None)
            link_cmd = next((c for c in cmds[0] if c.tool == "link"), None)
            if main_cmd:
                t = in_process(compile_main, main_cmd.argv, main_cmd.cwd, reps)
                if isinstance(t, float):
                    whole.pogo = main_lines / t
                else:
                    whole.pogo_note = t
            if link_cmd:
                t = in_process(link_main, link_cmd.argv, link_cmd.cwd, reps)
                if isinstance(t, float):
                    link.pogo = t
                else:
                    link.pogo_note = t
        whole.detail = "pogo: `pogo tool compile` in process, best of reps; go: gc -bench total"
        link.detail = "pogo: `pogo tool link` in process; go: link -benchmark=cpu TotalTime"
        if isinstance(gob, str):
            whole.go_note = link.go_note = gob
        else:
            if gob.get("compile_s"):
                whole.go = main_lines / float(gob["compile_s"])
            if gob.get("link_s"):
                link.go = float(gob["link_s"])
        out += [whole, link]

    if want_memory:
        group = "compiler memory (peak RSS)"
        mm = Measure("compile of bench/corpus/main.go", group, "KiB", None, None)
        mx = Measure("largest compile of that build", group, "KiB", None, None)
        if isinstance(cmds, str):
            mm.pogo_note = mx.pogo_note = cmds
        else:
            peak: dict[str, int] = {}
            for c in cmds[0]:
                if c.tool != "compile":
                    continue
                # Through the small toolexec wrapper: Linux counts the memory a child had
                # before exec in its ru_maxrss, and this process may be large by now (the
                # in-process phase timing), so the compiler is forked from the wrapper.
                with tempfile.TemporaryDirectory() as td:
                    rec_file = Path(td) / "rss.jsonl"
                    argv = [sys.executable, str(BENCH / "toolexec_rss.py"), str(rec_file),
                            *tc.pogo_argv("tool", "compile", *c.argv)]
                    r = run_rusage(argv, cwd=c.cwd, env=tc.pogo_env)
                    if r.ok and rec_file.exists():
                        rec = json.loads(rec_file.read_text().splitlines()[-1])
                        peak[c.pkg] = int(rec.get("maxrss_kib", 0))
            if "main" in peak:
                mm.pogo = float(peak["main"])
            if peak:
                big = max(peak, key=lambda k: peak[k])
                mx.pogo = float(peak[big])
                mx.detail = f"pogo: {big} ({len(peak)} packages compiled)"
            shutil.rmtree(cmds[1], ignore_errors=True)
        if isinstance(gob, str):
            mm.go_note = mx.go_note = gob
        else:
            rss: dict[str, int] = gob.get("rss", {})
            main_rss = rss.get("main") or rss.get("command-line-arguments")
            if main_rss:
                mm.go = float(main_rss)
            if len(rss) > 1:
                big = max(rss, key=lambda k: rss[k])
                mx.go = float(rss[big])
                mx.detail += f"; go: {big} ({len(rss)} packages compiled)"
            else:
                mx.go_note = "not measured with --quick (needs go build -a, which recompiles the standard library)"
        out += [mm, mx]
    return out
