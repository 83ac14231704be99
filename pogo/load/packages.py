"""Load the packages of a build: the roots named on the command line, then every import.

Roots are either ``.go`` files (the package ``command-line-arguments``) or package patterns
resolved by ``patterns.py``. Imports resolve to pogo's GOROOT for standard paths and, inside a
module, to the main module, a ``replace`` directory, the module cache or ``vendor/`` (see
``modules.py``). ``unsafe`` has no files and is never compiled; ``runtime`` is an implicit
dependency of every package. Errors are collected in the go command's words and stop the
build before any compile runs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from pogo.load.constraints import ConstraintError, eval_build_expr, filename_ok
from pogo.load.goroot import GOROOT, go_std_packages, is_std_path, std_dir
from pogo.load.header import Header, Import, read_header
from pogo.load.modules import Module, ModuleError, ModuleGraph, short_path

CMDLINE = "command-line-arguments"


class LoadError(Exception):
    """Errors that stop the build before compiling; ``str`` is the text for stderr."""


@dataclass
class Package:
    path: str  # import path; "command-line-arguments" for files named on the command line
    name: str  # package clause name
    dir: str
    files: list[str]  # absolute paths of the Go files in the build, sorted
    imports: list[str] = field(default_factory=list)  # sorted; "unsafe" included (it has no package)
    std: bool = False
    deps: list[Package] = field(default_factory=list)  # direct imports, resolved
    module: Module | None = None
    match: list[str] = field(default_factory=list)  # the command-line patterns that matched it
    ignored: list[str] = field(default_factory=list)  # Go files excluded by build constraints

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


def _bad_import_char(path: str) -> str:
    """The first character the go command refuses in an import path, quoted as Go's %q, or ""."""
    for ch in path:
        if not (ch.isascii() and (ch.isalnum() or ch in "-._~+/")):
            return "'\\''" if ch == "'" else f"'{ch}'" if ch.isprintable() else f"'\\u{ord(ch):04x}'"
    return ""


def _is_internal_allowed(importer: str, path: str) -> bool:
    """Go's internal rule: a/b/internal/c may be imported only from within a/b."""
    parts = path.split("/")
    if "internal" not in parts:
        return True
    i = len(parts) - 1 - parts[::-1].index("internal")
    parent = "/".join(parts[:i])
    if not parent:
        return is_std_path(importer) and importer != CMDLINE or importer.startswith("internal/")
    return importer == parent or importer.startswith(parent + "/")


class Loader:
    def __init__(self, modules: ModuleGraph | None = None) -> None:
        self.modules = modules
        self.packages: dict[str, Package] = {}
        self.errors: list[str] = []
        self.edge_files: dict[tuple[str, str], str] = {}  # (importer, imported) -> importing file

    # -- roots

    def load_files(self, files: list[str]) -> Package:
        """The package made of the .go files named on the command line."""
        shown: dict[str, str] = {}
        infos: list[_FileInfo] = []
        dirs: set[str] = set()
        first_dir = ""  # as go: the directories as written, compared textually
        for f in files:
            if not f.endswith(".go"):
                raise LoadError(f"named files must be .go files: {f}")
            if not os.path.exists(f):
                raise LoadError(f"stat {f}: no such file or directory")
            if not os.path.isfile(f):
                raise LoadError(f"{f} is a directory, should be a Go file")
            d = os.path.normpath(os.path.dirname(f) or ".")
            if first_dir and d != first_dir:
                raise LoadError(f"named files must all be in one directory; have {first_dir} and {d}")
            first_dir = d
            absf = os.path.abspath(f)
            shown[absf] = f
            dirs.add(os.path.dirname(absf))
        for absf, f in shown.items():
            infos.append(_FileInfo(absf, self._header(absf, f)))
        infos = [fi for fi in infos if self._build_ok(fi, ignore_name=True)]
        name = self._check_files(infos, shown)
        pkg = Package(CMDLINE, name, dirs.pop(), [fi.path for fi in infos], module=self.modules.main if self.modules else None)
        self.packages[CMDLINE] = pkg
        self._resolve(pkg, infos, shown, [CMDLINE])
        if self.errors:
            raise LoadError("\n".join(self.errors))
        return pkg

    def load_dir_package(self, path: str, d: str, module: Module | None, match: str) -> Package:
        """A package of the main module (or a dependency) named by a pattern."""
        if not os.path.isdir(d):
            raise LoadError(f"stat {d}: directory not found")
        pkg = self.load_import(path, "", CMDLINE, [], explicit_dir=(d, module))
        if pkg is None:
            raise LoadError("\n".join(self.errors))
        pkg.match.append(match)
        if self.errors:
            raise LoadError("\n".join(self.errors))
        return pkg

    # -- imports

    def load_import(
        self, path: str, pos: str, importer: str, stack: list[str],
        explicit_dir: tuple[str, Module | None] | None = None,
    ) -> Package | None:
        if path in stack:
            # go prints the whole chain from the root, each step with the importing file
            chain = [f"package {stack[0]}"]
            for i, q in enumerate(stack[1:] + [path], 1):
                f = self.edge_files.get((stack[i - 1], q), "")
                chain.append(f"\timports {q}" + (f" from {f}" if f else ""))
            self.errors.append("\n".join(chain) + ": import cycle not allowed")
            return None
        if path in self.packages:
            return self.packages[path]
        prefix = f"{pos}: " if pos else ""
        if pos and not _is_internal_allowed(importer, path):
            self.errors.append(f"package {importer}\n\t{prefix}use of internal package {path} not allowed")
            return None
        if pos and (path in (".", "..") or path.startswith(("./", "../"))):
            self.errors.append(f'{prefix}"{path}" is relative, but relative import paths are not supported in module mode')
            return None
        bad = _bad_import_char(path) if pos else ""
        if bad:
            self.errors.append(f'{prefix}malformed import path "{path}": invalid char {bad}')
            return None
        module: Module | None = None
        if explicit_dir is not None:
            d, module = explicit_dir
            std = False
        elif is_std_path(path):
            d, std = std_dir(path), True
            if not os.path.isdir(d):
                if path in go_std_packages():
                    self.errors.append(f"{prefix}pogo: standard package {path} is not supported yet")
                else:
                    self.errors.append(f"{prefix}package {path} is not in std ({d})")
                return None
        else:
            std = False
            if self.modules is None:
                self.errors.append(
                    f"{prefix}no required module provides package {path}: go.mod file not found in current "
                    "directory or any parent directory; see 'go help modules'"
                )
                return None
            found = self.modules.resolve(path)
            if found is None or not os.path.isdir(found[1]):
                self.errors.append(f"{prefix}no required module provides package {path}; to add it:\n\tgo get {path}")
                return None
            module, d = found
            try:
                self.modules.verify(module)
            except ModuleError as e:
                self.errors.append(str(e))
                return None
            if not self.modules.sum_ok(module):
                self.errors.append(
                    f"{prefix}missing go.sum entry for module providing package {path} (imported by {importer}); "
                    f"to add:\n\tgo get {importer}"
                )
                return None
        infos: list[_FileInfo] = []
        ignored: list[str] = []
        for f in sorted(os.listdir(d)):
            full = os.path.join(d, f)
            if not f.endswith(".go") or not os.path.isfile(full):
                continue
            fi = _FileInfo(full, self._header(full, short_path(full)))
            if self._build_ok(fi, ignore_name=False) and fi.header.package not in ("documentation",):
                infos.append(fi)
            elif filename_ok(f) or f.endswith(".go"):
                ignored.append(f)
        if not infos:
            where = d
            if std and path in go_std_packages():
                self.errors.append(f"{prefix}pogo: standard package {path} is not supported yet")
                return None
            if ignored:
                self.errors.append(f"{prefix}package {path}: build constraints exclude all Go files in {where}")
            else:
                self.errors.append(f"{prefix}no Go files in {where}" if not pos else f"{prefix}package {path}: no Go files in {where}")
            return None
        shown = {fi.path: short_path(fi.path) for fi in infos}
        try:
            name = self._check_files(infos, shown)
        except LoadError as e:
            self.errors.append(str(e))
            return None
        pkg = Package(path, name, d, [fi.path for fi in infos], std=std, module=module, ignored=ignored)
        self.packages[path] = pkg
        self._resolve(pkg, infos, shown, stack + [path])
        return pkg

    # -- helpers

    def _header(self, path: str, shown: str) -> Header:
        try:
            return _read(path)
        except OSError as e:
            raise LoadError(f"open {shown}: {(e.strerror or str(e)).lower()}") from None

    def _build_ok(self, fi: _FileInfo, ignore_name: bool) -> bool:
        if not ignore_name and not filename_ok(os.path.basename(fi.path)):
            return False
        expr = fi.header.build_expr
        try:
            ok = expr is None or eval_build_expr(expr)
        except ConstraintError as e:
            self.errors.append(f"{short_path(fi.path)}: {e}")
            return False
        cgo = next((i for i in fi.header.imports if i.path == "C"), None)
        if ok and cgo is not None:  # go (with a C compiler) would build it with cgo
            raise LoadError(f"{short_path(fi.path)}:{cgo.line}:{cgo.col}: pogo: cgo (import \"C\") not supported yet")
        return ok

    def _check_files(self, infos: list[_FileInfo], shown: dict[str, str]) -> str:
        """Return the package name, or raise LoadError for a bad head or mixed packages."""
        name = ""
        first = ""
        for fi in infos:
            h = fi.header
            if h.fatal:
                raise LoadError(f"go: reading {shown[fi.path]}: {h.fatal}")
            if h.error:
                raise LoadError(f"{shown[fi.path]}:{h.error}")
            if h.bad_import:
                raise LoadError(f"{fi.path}:{h.bad_import}")
            if not name:
                name, first = h.package, fi.path
            elif h.package != name:
                d = os.path.dirname(fi.path)
                raise LoadError(
                    f"found packages {name} ({os.path.basename(first)}) and {h.package} "
                    f"({os.path.basename(fi.path)}) in {d}"
                )
        return name

    def _resolve(self, pkg: Package, infos: list[_FileInfo], shown: dict[str, str], stack: list[str]) -> None:
        seen: dict[str, tuple[str, Import]] = {}
        for fi in infos:
            for imp in fi.header.imports:
                seen.setdefault(imp.path, (shown.get(fi.path, fi.path), imp))
        pkg.imports = sorted(seen)
        for path in pkg.imports:
            if path == "unsafe":
                continue
            file, imp = seen[path]
            self.edge_files[(pkg.path, path)] = os.path.basename(file)
            dep = self.load_import(path, f"{file}:{imp.line}:{imp.col}", pkg.path, stack)
            if dep is not None:
                pkg.deps.append(dep)
        if pkg.path != "runtime" and "runtime" not in pkg.imports:
            rt = self.load_import("runtime", "", pkg.path, stack)
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
