"""Load the packages of a build: the command-line files, then every import, transitively.

Standard packages come from pogo's GOROOT (``goroot.py``). ``unsafe`` has no files and is
never compiled; ``runtime`` is an implicit dependency of every program. Errors are collected
in the go command's wording (``file:line:col: package x is not in std (dir)``) and the build
stops before any compile runs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from pogo.load.constraints import ConstraintError, eval_build_expr, filename_ok
from pogo.load.goroot import GOROOT, go_std_packages, is_std_path, std_dir
from pogo.load.header import Header, Import, read_header

CMDLINE = "command-line-arguments"


class LoadError(Exception):
    """Errors that stop the build before compiling; ``str`` is the text for stderr."""


@dataclass
class Package:
    path: str  # import path; "command-line-arguments" for files named on the command line
    name: str  # package clause name
    dir: str
    files: list[str]  # absolute paths of the Go files in the build, sorted
    imports: list[str] = field(default_factory=list)  # sorted, without "unsafe"
    std: bool = False
    deps: list[Package] = field(default_factory=list)  # direct imports, resolved

    @property
    def compile_path(self) -> str:
        """The ``-p`` the compiler gets: "main" for a command, else the import path."""
        return "main" if self.name == "main" else self.path


@dataclass
class _FileInfo:
    path: str
    header: Header


def _read(path: str) -> Header:
    with open(path, "rb") as f:
        return read_header(f.read())


def _check_files(infos: list[_FileInfo], shown: dict[str, str]) -> str:
    """Return the package name, or raise LoadError for a bad head or mixed packages."""
    name = ""
    first = ""
    for fi in infos:
        h = fi.header
        if h.error:
            raise LoadError(f"{shown[fi.path]}:{h.error}")
        if not name:
            name, first = h.package, fi.path
        elif h.package != name:
            d = os.path.dirname(shown[fi.path]) or "."
            raise LoadError(
                f"found packages {name} ({os.path.basename(first)}) and {h.package} "
                f"({os.path.basename(fi.path)}) in {os.path.abspath(d)}"
            )
    return name


class Loader:
    def __init__(self) -> None:
        self.packages: dict[str, Package] = {}
        self.errors: list[str] = []

    def load_files(self, files: list[str]) -> Package:
        """The package made of the .go files named on the command line."""
        shown: dict[str, str] = {}
        infos: list[_FileInfo] = []
        dirs: set[str] = set()
        for f in files:
            if not f.endswith(".go"):
                raise LoadError(f"named files must be .go files: {f}")
            try:
                os.stat(f)
            except OSError:
                raise LoadError(f"stat {f}: no such file or directory") from None
            if not os.path.isfile(f):
                raise LoadError(f"{f} is a directory, should be a Go file")
            absf = os.path.abspath(f)
            shown[absf] = f
            dirs.add(os.path.dirname(absf))
            infos.append(_FileInfo(absf, _read(absf)))
        if len(dirs) > 1:
            raise LoadError("named files must all be in one directory; have " + " and ".join(sorted(dirs)[:2]))
        infos = [fi for fi in infos if self._build_ok(fi, ignore_name=True)]
        name = _check_files(infos, shown)
        pkg = Package(CMDLINE, name, dirs.pop(), [fi.path for fi in infos])
        self.packages[CMDLINE] = pkg
        self._resolve(pkg, infos, shown)
        if self.errors:
            raise LoadError("\n".join(self.errors))
        return pkg

    def _build_ok(self, fi: _FileInfo, ignore_name: bool) -> bool:
        if not ignore_name and not filename_ok(os.path.basename(fi.path)):
            return False
        expr = fi.header.build_expr
        if expr is None:
            return True
        try:
            return eval_build_expr(expr)
        except ConstraintError as e:
            self.errors.append(f"{fi.path}: {e}")
            return False

    def _resolve(self, pkg: Package, infos: list[_FileInfo], shown: dict[str, str]) -> None:
        seen: dict[str, Import] = {}
        where: dict[str, str] = {}
        for fi in infos:
            for imp in fi.header.imports:
                if imp.path not in seen:
                    seen[imp.path] = imp
                    where[imp.path] = shown.get(fi.path, fi.path)
        pkg.imports = sorted(p for p in seen if p != "unsafe")
        for path in pkg.imports:
            imp = seen[path]
            dep = self.load_import(path, f"{where[path]}:{imp.line}:{imp.col}", [pkg.path])
            if dep is not None:
                pkg.deps.append(dep)
        if "runtime" not in pkg.imports:
            rt = self.load_import("runtime", "", [pkg.path])
            if rt is not None:
                pkg.deps.append(rt)

    def load_import(self, path: str, pos: str, stack: list[str]) -> Package | None:
        if path in stack:
            cycle = stack[stack.index(path) :] + [path]
            self.errors.append("package " + "\n\timports ".join(cycle) + ": import cycle not allowed")
            return None
        if path in self.packages:
            return self.packages[path]
        prefix = f"{pos}: " if pos else ""
        if not is_std_path(path):
            self.errors.append(
                f"{prefix}pogo: package {path} is not in std and module imports are not supported yet"
            )
            return None
        d = std_dir(path)
        if not os.path.isdir(d):
            if path in go_std_packages():
                self.errors.append(f"{prefix}pogo: standard package {path} is not supported yet")
            else:
                self.errors.append(f"{prefix}package {path} is not in std ({d})")
            return None
        infos = [
            _FileInfo(os.path.join(d, f), _read(os.path.join(d, f)))
            for f in sorted(os.listdir(d))
            if f.endswith(".go") and os.path.isfile(os.path.join(d, f))
        ]
        infos = [fi for fi in infos if self._build_ok(fi, ignore_name=False)]
        if not infos:
            self.errors.append(f"{prefix}package {path}: build constraints exclude all Go files in {d}")
            return None
        shown = {fi.path: fi.path for fi in infos}
        try:
            name = _check_files(infos, shown)
        except LoadError as e:
            self.errors.append(str(e))
            return None
        pkg = Package(path, name, d, [fi.path for fi in infos], std=True)
        self.packages[path] = pkg
        self._resolve_std(pkg, infos, stack + [path])
        return pkg

    def _resolve_std(self, pkg: Package, infos: list[_FileInfo], stack: list[str]) -> None:
        seen: dict[str, tuple[str, Import]] = {}
        for fi in infos:
            for imp in fi.header.imports:
                seen.setdefault(imp.path, (fi.path, imp))
        pkg.imports = sorted(p for p in seen if p != "unsafe")
        for path in pkg.imports:
            file, imp = seen[path]
            dep = self.load_import(path, f"{file}:{imp.line}:{imp.col}", stack)
            if dep is not None:
                pkg.deps.append(dep)
        if pkg.path != "runtime" and "runtime" not in pkg.imports:
            rt = self.load_import("runtime", "", stack)
            if rt is not None:
                pkg.deps.append(rt)


def all_packages(root: Package) -> list[Package]:
    """Every package of the build, dependencies before their importers (root last)."""
    out: list[Package] = []
    seen: set[str] = set()

    def visit(p: Package) -> None:
        if p.path in seen:
            return
        seen.add(p.path)
        for d in p.deps:
            visit(d)
        out.append(p)

    visit(root)
    return out


__all__ = ["CMDLINE", "GOROOT", "LoadError", "Loader", "Package", "all_packages"]
