"""``pogo tool gotype [-goroot DIR] [-v] PKG|DIR...``: type-check packages from source.

Like go/types' gotype: every named package and all of its dependencies are parsed and
type-checked in-process, dependencies first, each checked package being handed to its
importers directly (no export data). Nothing is printed and the exit status is 0 when every
package is clean; otherwise the errors are printed in gc's ``file:line:col: message`` form
(at most 10 per package, then ``too many errors``) and the exit status is 1.

The loader here is deliberately small and works on one GOROOT tree (pogo's own by default,
or any Go tree given with ``-goroot``, e.g. the reference toolchain's): files are selected
with the go command's rules for linux/amd64 with cgo off (``pogo.load.constraints``), files
that import "C" are left out, ``golang.org/x/...`` imports of standard packages resolve to
``GOROOT/src/vendor``, ``internal/`` packages may only be imported from within the tree
rooted at their parent, and ``unsafe`` is built into the checker.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import TextIO

from pogo.compile.diag import Diagnostics
from pogo.compile.syntax import nodes as n
from pogo.compile.syntax.scanner import string_lit_bytes
from pogo.load.constraints import ConstraintError, eval_build_expr, filename_ok
from pogo.load.goroot import GOROOT as POGO_GOROOT
from pogo.load.header import read_header

USAGE = "usage: gotype [-goroot DIR] [-v] PKG|DIR...\n"

# GOEXPERIMENTs on by default in Go 1.27 for linux/amd64 (internal/buildcfg's baseline).
_EXPERIMENTS_ON = frozenset(
    "regabiwrappers regabiargs dwarf5 randomizedheapbase64 greenteagc jsonv2 sizespecializedmalloc".split())


def build_expr_ok(expr: str) -> bool:
    """A //go:build expression under pogo's tags plus the default GOEXPERIMENT tags."""
    parts: list[str] = []
    for tok in expr.replace("(", " ( ").replace(")", " ) ").replace("!", " ! ").split():
        if tok.startswith("goexperiment."):
            tok = "linux" if tok[len("goexperiment."):] in _EXPERIMENTS_ON else "_off_"
        parts.append(tok)
    return eval_build_expr(" ".join(parts))


@dataclass
class SourcePackage:
    path: str  # import path ("fmt", "vendor/golang.org/x/net/dns/dnsmessage", or a directory)
    dir: str
    files: list[str] = field(default_factory=list)  # selected .go file paths
    imports: list[tuple[str, str, int, int]] = field(default_factory=list)  # (path, file, line, col)
    error: str = ""


class Loader:
    """Finds and selects the files of packages in one GOROOT tree."""

    def __init__(self, goroot: str) -> None:
        self.goroot = goroot
        self.src = os.path.join(goroot, "src")
        self.cache: dict[str, SourcePackage | None] = {}

    def std_dir(self, path: str) -> str:
        return os.path.join(self.src, *path.split("/"))

    def resolve(self, path: str) -> str | None:
        """The import path of the package that an import of ``path`` from the standard
        library denotes (vendored golang.org/x packages live under src/vendor)."""
        first = path.split("/", 1)[0]
        if "." in first:
            vend = "vendor/" + path
            if os.path.isdir(self.std_dir(vend)):
                return vend
            return None
        if os.path.isdir(self.std_dir(path)):
            return path
        return None

    def load_dir(self, path: str, d: str) -> SourcePackage:
        pkg = SourcePackage(path, d)
        try:
            names = sorted(os.listdir(d))
        except OSError as e:
            pkg.error = f"cannot read directory {d}: {e.strerror}"
            return pkg
        seen_imports: set[str] = set()
        for name in names:
            if not filename_ok(name):
                continue
            full = os.path.join(d, name)
            if not os.path.isfile(full):
                continue
            try:
                with open(full, "rb") as fh:
                    src = fh.read()
            except OSError:
                continue
            h = read_header(src)
            if h.build_expr is not None:
                try:
                    if not build_expr_ok(h.build_expr):
                        continue
                except ConstraintError:
                    continue
            if h.package == "documentation" or h.package.endswith("_test"):
                continue
            if any(imp.path == "C" for imp in h.imports):
                continue  # cgo is off
            pkg.files.append(full)
            for imp in h.imports:
                if imp.path not in seen_imports:
                    seen_imports.add(imp.path)
                    pkg.imports.append((imp.path, full, imp.line, imp.col))
        if not pkg.files and not any(nm.endswith("_test.go") for nm in names):
            pkg.error = f"no buildable Go source files in {d}"
        return pkg


def internal_allowed(importer: str, imported: str) -> bool:
    """Go's rule: a path containing an ``internal`` element may be imported only by code
    in the tree rooted at the parent of that element."""
    elems = imported.split("/")
    for i in range(len(elems) - 1, -1, -1):
        if elems[i] == "internal":
            parent = "/".join(elems[:i])
            if not parent:
                first = importer.split("/", 1)[0]
                return bool(first) and "." not in first
            return importer == parent or importer.startswith(parent + "/")
    return True


class GoType:
    """Type-checks packages and their dependencies; errors go to ``out``."""

    def __init__(self, goroot: str, out: TextIO | None = None, verbose: bool = False) -> None:
        from pogo.compile.types.objects import Package

        self.loader = Loader(goroot)
        self.out: TextIO = out if out is not None else sys.stderr
        self.verbose = verbose
        self.checked: dict[str, Package | None] = {}
        self.failed: set[str] = set()  # import paths whose own files had errors
        self.in_progress: set[str] = set()

    def write(self, text: str) -> None:
        self.out.write(text)

    def check_path(self, path: str) -> bool:
        """Check one std import path (and its dependencies); True when all are clean."""
        resolved = self.loader.resolve(path)
        if resolved is None:
            self.write(f"package {path} is not in std ({self.loader.std_dir(path)})\n")
            return False
        self.check(resolved, self.loader.std_dir(resolved))
        return self.clean(resolved)

    def check_dir(self, d: str) -> bool:
        d = os.path.normpath(d)
        src = os.path.normpath(self.loader.src)
        absd = os.path.abspath(d)
        if absd.startswith(os.path.abspath(src) + os.sep):
            path = os.path.relpath(absd, os.path.abspath(src)).replace(os.sep, "/")
        else:
            path = d
        self.check(path, d)
        return self.clean(path)

    def check_files(self, files: list[str]) -> bool:
        """Check the named .go files as one package (like gotype f1.go f2.go)."""
        path = "command-line-arguments"
        sp = SourcePackage(path, os.path.dirname(files[0]) or ".")
        seen: set[str] = set()
        for f in files:
            try:
                with open(f, "rb") as fh:
                    h = read_header(fh.read())
            except OSError as e:
                self.write(f"open {f}: {e.strerror}\n")
                return False
            sp.files.append(f)
            for imp in h.imports:
                if imp.path not in seen:
                    seen.add(imp.path)
                    sp.imports.append((imp.path, f, imp.line, imp.col))
        self.loader.cache[path] = sp
        self.check(path, sp.dir, sp)
        return self.clean(path)

    def clean(self, path: str, seen: set[str] | None = None) -> bool:
        """Whether path and everything it imports checked without errors."""
        if seen is None:
            seen = set()
        if path in seen:
            return True
        seen.add(path)
        if path in self.failed:
            return False
        sp = self.loader.cache.get(path)
        if sp is None:
            return path == "unsafe"
        for imp, _, _, _ in sp.imports:
            r = self.loader.resolve(imp) if imp not in ("unsafe", "C") else None
            if r is not None and not self.clean(r, seen):
                return False
        return True

    def check(self, path: str, d: str, given: SourcePackage | None = None) -> object:
        from pogo.compile.syntax.parser import parse_file
        from pogo.compile.types.check import check_package
        from pogo.compile.types.objects import Package

        if path in self.checked:
            return self.checked[path]
        sp = given if given is not None else self.loader.load_dir(path, d)
        self.loader.cache[path] = sp
        if sp.error:
            self.write(f"{sp.error}\n")
            self.failed.add(path)
            self.checked[path] = None
            return None
        self.in_progress.add(path)
        diags = Diagnostics()
        files: list[n.File] = []
        for fname in sp.files:
            with open(fname, "rb") as fh:
                src = fh.read()
            files.append(parse_file(fname, src, diags))
        if not sp.files:  # only _test.go files: nothing to check
            self.in_progress.discard(path)
            self.checked[path] = Package(path, path.rsplit("/", 1)[-1])
            return self.checked[path]
        # the imports as parsed (the loader's header reader may stop early)
        seen: set[str] = set()
        sp.imports = []
        for f in files:
            for decl in f.decls:
                if isinstance(decl, n.ImportDecl):
                    try:
                        ip = string_lit_bytes(decl.path.value).decode()
                    except (ValueError, UnicodeDecodeError):
                        continue
                    if ip not in seen:
                        seen.add(ip)
                        sp.imports.append((ip, f.filename, decl.path.pos.line, decl.path.pos.col))
        deps: dict[str, Package | None] = {}
        for imp, file, line, col in sp.imports:
            if imp in ("unsafe", "C"):
                continue
            resolved = self.loader.resolve(imp)
            if resolved is None:
                diags.error(file, n.Pos(line, col), f"package {imp} is not in std ({self.loader.std_dir(imp)})")
                continue
            if not internal_allowed(path, resolved):
                diags.error(file, n.Pos(line, col), f"use of internal package {imp} not allowed")
                continue
            if resolved in self.in_progress:
                diags.error(file, n.Pos(line, col), "import cycle not allowed")
                continue
            deps[imp] = self.check(resolved, self.loader.std_dir(resolved))  # type: ignore[assignment]
        if self.verbose:
            self.write(f"{path}\n")
        pkg: Package | None = None
        if not diags:

            def importer(p: str) -> Package | None:
                return deps.get(p)

            try:
                pkg, _ = check_package(path.removeprefix("vendor/") if path.startswith("vendor/") else path,
                                       files, diags, importer)
            except RecursionError:
                diags.error(sp.files[0], n.Pos(1, 1), "internal error: nesting too deep")
            except Exception as e:  # noqa: BLE001 - a checker crash is reported, not fatal
                diags.error(sp.files[0], n.Pos(1, 1), f"internal error: {type(e).__name__}: {e}")
        self.in_progress.discard(path)
        if diags:
            self.failed.add(path)
            self.write(diags.render())
        self.checked[path] = pkg
        return pkg


def main(argv: list[str]) -> int:
    goroot = POGO_GOROOT
    verbose = False
    args: list[str] = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("-goroot", "--goroot"):
            if i + 1 >= len(argv):
                sys.stderr.write("flag needs an argument: -goroot\n" + USAGE)
                return 2
            goroot = argv[i + 1]
            i += 2
            continue
        if a.startswith(("-goroot=", "--goroot=")):
            goroot = a.split("=", 1)[1]
        elif a in ("-v", "--v"):
            verbose = True
        elif a.startswith("-") and a != "-":
            sys.stderr.write(f"flag provided but not defined: {a}\n" + USAGE)
            return 2
        else:
            args.append(a)
        i += 1
    if not args:
        sys.stderr.write(USAGE)
        return 2
    if sys.getrecursionlimit() < 20000:
        sys.setrecursionlimit(20000)
    g = GoType(goroot, verbose=verbose)
    ok = True
    files = [a for a in args if a.endswith(".go") and os.path.isfile(a)]
    if files:
        if not g.check_files(files):
            ok = False
        args = [a for a in args if a not in files]
    for a in args:
        is_dir = a.startswith((".", "/")) or (os.path.isdir(a) and not os.path.isdir(g.loader.std_dir(a)))
        if not (g.check_dir(a) if is_dir else g.check_path(a)):
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
