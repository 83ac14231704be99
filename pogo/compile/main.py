"""``pogo tool compile``: compile one package's Go files into a pogo archive.

The phases run in order — syntax, types, ir, ssa, amd64 — each its own subpackage;
``-dump=PHASE`` prints what a phase produced (tokens, syntax, types, ir, ssa, asm).
Exit status 2 on errors, as gc's compile.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pogo.compile.diag import Diagnostics
from pogo.compile.syntax import nodes as n
from pogo.toolflags import UsageError, scan

if TYPE_CHECKING:
    from pogo.compile.ssa.core import Func
    from pogo.compile.ssa.html import HTMLWriter

USAGE = "usage: compile [options] file.go...\n"


@dataclass
class Options:
    output: str = ""
    pkgpath: str = ""
    importcfg: str = ""
    dumps: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    std: bool = False
    m: int = 0  # -m given this many times: print inlining and escape analysis decisions
    no_inline: bool = False  # -l: no inlining
    sources: dict[str, bytes] = field(default_factory=dict)  # file name -> text, once read
    exports: dict[str, bytes] = field(default_factory=dict)  # import path -> export data
    universe: object = None  # the types.export.Universe the imports were decoded into


_BOOL_FLAGS = {"-pack", "-std", "-complete", "-nolocalimports", "-S", "-N", "-l", "-m", "-race", "-shared", "-dynlink", "-linkshared", "-+"}
_VALUE_FLAGS = {"-o", "-p", "-importcfg", "-lang", "-trimpath", "-buildid", "-goversion", "-c", "-D", "-I",
                "-dump", "-symabis", "-asmhdr", "-embedcfg", "-installsuffix", "-d", "-gcflags"}


def parse_args(argv: list[str]) -> Options:
    o = Options()
    for name, val in scan(argv, _BOOL_FLAGS, _VALUE_FLAGS):
        if name == "":
            o.files.append(val)
        elif name == "-std":
            o.std = True
        elif name == "-l":
            o.no_inline = True
        elif name == "-m":
            o.m = int(val) if val.isdigit() else o.m + 1
        elif name == "-S":
            o.dumps.append("asm")
        elif name == "-o":
            o.output = val
        elif name == "-p":
            o.pkgpath = val
        elif name == "-importcfg":
            o.importcfg = val
        elif name == "-dump":
            o.dumps.extend(x for x in val.split(",") if x)
    if not o.files:
        raise UsageError("no files")
    if not o.pkgpath:
        o.pkgpath = "main"
    if not o.output:
        o.output = os.path.basename(o.files[0])[:-3] + ".a" if o.files[0].endswith(".go") else "out.a"
    return o


def compile_package(o: Options, out: object = sys.stdout) -> int:
    from pogo.compile.syntax.parser import parse_file
    from pogo.compile.types.check import check_package
    from pogo.compile.types.export import ExportError, Universe
    from pogo.compile.types.objects import Package
    from pogo.obj.importcfg import ImportcfgError, read_importcfg
    from pogo.obj.objfile import ObjError, read_export

    diags = Diagnostics()
    files: list[n.File] = []
    srcs: list[bytes] = []
    for path in o.files:
        try:
            with open(path, "rb") as fh:
                src = fh.read()
        except OSError as e:
            sys.stderr.write(f"open {path}: {e.strerror.lower() if e.strerror else e}\n")
            return 2
        files.append(parse_file(path, src, diags))
        srcs.append(src)
    if "syntax" in o.dumps:
        from pogo.compile.syntax.dump import dump_tree

        for f in files:
            sys.stdout.write(dump_tree(f))
    if diags.fatal():
        sys.stderr.write(diags.render())
        return 2

    try:
        cfg = read_importcfg(o.importcfg) if o.importcfg else {}
    except OSError as e:
        sys.stderr.write(f"open {o.importcfg}: {(e.strerror or str(e)).lower()}\n")
        return 2
    except ImportcfgError as e:
        sys.stderr.write(f"{e}\n")
        return 2
    universe = Universe()
    import_errors: list[str] = []
    exports: dict[str, bytes] = {}  # import path -> its export data, as read

    def importer(path: str) -> Package | None:
        p = universe.packages.get(path)
        if p is not None and p.complete:
            return p
        file = cfg.get(path)
        if file is None:
            return None
        try:
            arc = read_export(file)
            exports[path] = arc.export
            return universe.decode(arc.export)
        except (OSError, ObjError, ExportError) as e:
            import_errors.append(str(e))
            return None

    universe.load = importer
    pkg, chk = check_package(o.pkgpath, files, diags, importer)
    if diags:
        sys.stderr.write(diags.render())
        return 2
    o.sources = {f.filename: src for f, src in zip(files, srcs, strict=True)}
    for imp in pkg.imports:  # decoded through another package's embedded export data: read its own
        if imp.path not in exports and imp.path in cfg:
            try:
                exports[imp.path] = read_export(cfg[imp.path]).export
            except (OSError, ObjError):
                pass
    o.exports = exports
    o.universe = universe
    if "types" in o.dumps:
        from pogo.compile.types.dump import dump_types

        sys.stdout.write(dump_types(pkg, chk.info))
    return generate(o, pkg, chk, diags)


def generate(o: Options, pkg: object, chk: object, diags: Diagnostics) -> int:
    from pogo.compile.amd64.gen import generate as gen_func
    from pogo.compile.amd64.intrinsics import intrinsic_symbol
    from pogo.compile.amd64.preempt import wants_checks
    from pogo.compile.gcbits import mask_bytes, pointer_mask
    from pogo.compile.ir.build import PackageBuilder, Unsupported
    from pogo.compile.ssa.build import Unsupported as SSAUnsupported
    from pogo.compile.ssa.build import build_func
    from pogo.compile.ssa.compile import run_passes
    from pogo.compile.ssa.html import matches
    from pogo.compile.ssa.html import parse_env as parse_ssafunc_env
    from pogo.compile.typedesc import type_descriptor
    from pogo.compile.types.check import Checker
    from pogo.compile.types.export import encode_export
    from pogo.compile.types.objects import Package
    from pogo.compile.types.types import alignof, sizeof
    from pogo.obj.objfile import Archive, Reloc, RelocKind, Symbol, SymKind, write_archive

    assert isinstance(pkg, Package) and isinstance(chk, Checker)
    try:
        irpkg = PackageBuilder(pkg, chk.info, chk.op_assign_exprs).build()
    except Unsupported as e:
        diags.error(e.filename, e.pos, e.what)
        sys.stderr.write(diags.render())
        return 2
    from pogo.compile.ir.mreport import MReporter

    reporter = MReporter(o.pkgpath, o.sources) if o.m else None
    inl_section = None
    if not o.no_inline:
        from pogo.compile.ir import inlexport
        from pogo.compile.ir.inline import inline_package
        from pogo.compile.types.export import Universe

        imported = inlexport.Imported(o.exports, o.universe if isinstance(o.universe, Universe) else None)
        # std: inline only into its own inlinable functions, keeping its compile (every cold build) fast
        inliner = inline_package(irpkg, reporter.say if reporter is not None else None, imported, export_only=o.std)
        inl_section = inlexport.encode(irpkg, pkg, inliner.exportable())  # before escape analysis edits bodies
        from pogo.compile.ir.staticcall import make_static

        make_static(irpkg, imported)
    if reporter is not None:
        from pogo.compile.ir.inline import name_boxed_calls

        name_boxed_calls(irpkg, inliner.results if not o.no_inline else {})
    summaries = None
    if os.environ.get("POGOESCAPE", "1") != "0":
        from pogo.compile.ir import escexport
        from pogo.compile.ir.escape import analyze

        summaries = analyze(irpkg, reporter.func if reporter is not None else None, escexport.read(o.exports))
    if reporter is not None:
        sys.stderr.write(reporter.render())
    if "ir" in o.dumps:
        from pogo.compile.ir.dump import dump_package

        sys.stdout.write(dump_package(irpkg))
    symbols: list[Symbol] = []
    strings: dict[bytes, str] = dict(irpkg.strings)
    types = dict(irpkg.types)
    dump_ssa = "ssa" in o.dumps
    ssafunc, ssa_stdout = parse_ssafunc_env(os.environ.get("POGOSSAFUNC", ""))
    for fn in irpkg.funcs:
        if fn.intrinsic:
            symbols.append(intrinsic_symbol(fn.name))
            continue
        try:
            f = build_func(fn, strings, types)
        except SSAUnsupported as e:
            diags.error(fn.file, fn.pos, f"pogo: {e} not supported yet")
            continue
        html = _html_writer(fn.name, fn.file, fn.pos.line, ssa_stdout) if ssafunc and matches(ssafunc, fn.name) else None
        run_passes(f, _dumper(dump_ssa, html))
        fsym = gen_func(f, wants_checks(o.pkgpath), html)
        if html is not None:
            from pogo.compile.amd64.disasm import disassemble

            html.text("asm", disassemble(fsym))
            try:
                sys.stdout.write(html.close())
            except OSError as e:
                sys.stderr.write(f"pogo: writing {html.path}: {e.strerror or e}\n")
        fsym.dupok = fn.dupok
        fsym.inl = [(name, os.path.abspath(file) if file else "", parent) for name, file, parent in fn.inlines]
        symbols.append(fsym)
    if diags:
        sys.stderr.write(diags.render())
        return 2
    for g in irpkg.globals:
        mask = mask_bytes(pointer_mask(g.type))
        if g.data is not None:
            relocs = [Reloc(off, RelocKind.ABS64, target) for off, target in g.relocs]
            symbols.append(Symbol(g.sym, SymKind.DATA, g.data, align=max(alignof(g.type), 1), relocs=relocs, gcmask=mask))
        else:
            symbols.append(Symbol(g.sym, SymKind.BSS, b"", size=max(sizeof(g.type), 1), align=alignof(g.type), gcmask=mask))
    done: set[str] = set()
    pending = list(types.values())
    while pending:
        t = pending.pop()
        sym, more = type_descriptor(t, strings)
        if sym.name in done:
            continue
        done.add(sym.name)
        symbols.append(sym)
        pending.extend(more)
    from pogo.compile.obj_helpers import funcval_symbol
    from pogo.compile.typedesc import itab_symbol

    for fv, target in irpkg.funcvals.items():
        symbols.append(funcval_symbol(fv, target))

    for isym, (ct, it) in irpkg.itabs.items():
        symbols.append(itab_symbol(isym, ct, it))
        for t in (ct, it):
            sym, more = type_descriptor(t, strings)
            if sym.name not in done:
                done.add(sym.name)
                symbols.append(sym)
                pending.extend(more)
    while pending:
        t = pending.pop()
        sym, more = type_descriptor(t, strings)
        if sym.name in done:
            continue
        done.add(sym.name)
        symbols.append(sym)
        pending.extend(more)
    for data, name in strings.items():
        symbols.append(Symbol(name, SymKind.RODATA, data, align=1, dupok=True))
    if "asm" in o.dumps:
        from pogo.compile.amd64.disasm import disassemble

        for s in symbols:
            if s.kind == SymKind.TEXT:
                sys.stdout.write(disassemble(s))
    imports = [p.path for p in pkg.imports if p.path != "unsafe"]
    export = encode_export(pkg, o.sources, o.exports)
    if summaries:
        export = escexport.attach(export, irpkg, summaries)
    if inl_section is not None:
        export = inlexport.attach(export, inl_section)
    arc = Archive(o.pkgpath, imports, symbols, export, irpkg.init)
    tmp = o.output + ".tmp"
    write_archive(tmp, arc)
    os.replace(tmp, o.output)
    return 0


def _html_writer(sym: str, file: str, line: int, stdout: bool) -> HTMLWriter:
    from pogo.compile.ssa.html import HTMLWriter

    w = HTMLWriter(sym, stdout=sys.stdout.write if stdout else None)
    w.source(file, line)
    return w


def _dumper(text: bool, html: HTMLWriter | None) -> Callable[[str, Func], None] | None:
    """The callback run_passes calls after every pass: text dump and/or an ssa.html column."""
    if html is None:
        return _print_ssa if text else None

    def dump(name: str, f: Func) -> None:
        if text:
            _print_ssa(name, f)
        html.phase(name, f)

    return dump


def _print_ssa(name: str, f: object) -> None:
    from pogo.compile.ssa.core import Func

    assert isinstance(f, Func)
    sys.stdout.write(f"-- {f.name} after {name} --\n{f.dump()}")


def main(argv: list[str]) -> int:
    try:
        o = parse_args(argv)
    except UsageError as e:
        sys.stderr.write(f"{e}\n{USAGE}")
        return 2
    try:
        return compile_package(o)
    except RecursionError:
        sys.stderr.write("compile: internal error: nesting too deep\n")
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
