"""Modules: find the main module, choose dependency versions, map import paths to directories.

pogo never downloads: dependencies come from a directory ``replace`` or from the module cache
(``$GOMODCACHE/<escaped path>@<version>``, filled by the go command or by hand). Versions are
chosen by minimal version selection: every module version reachable through the go.mod
``require`` graph is visited, and for each module path the highest version seen wins.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from pogo.load.modfile import ModFile, ModFileError, Replace, parse_modfile


class ModuleError(Exception):
    """A module-level problem, already in the go command's words."""


@dataclass
class Module:
    path: str
    version: str  # "" for the main module and directory replacements
    dir: str
    main: bool = False
    gomod: str = ""
    go_version: str = ""
    replace: Module | None = None  # what replaced this module, as go list shows it


def gomodcache() -> str:
    env = os.environ.get("GOMODCACHE")
    if env:
        return env
    gopath = os.environ.get("GOPATH", "").split(os.pathsep)[0] or os.path.join(os.path.expanduser("~"), "go")
    return os.path.join(gopath, "pkg", "mod")


def escape_path(path: str) -> str:
    """The module cache's case encoding: each upper-case letter becomes ``!`` + lower case."""
    return re.sub(r"[A-Z]", lambda m: "!" + m.group(0).lower(), path)


def _semver_key(v: str) -> tuple[int, int, int, int, tuple[tuple[int, int | str], ...]]:
    m = re.match(r"v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?", v)
    if m is None:
        return (-1, 0, 0, 0, ())
    pre = m.group(4)
    parts: tuple[tuple[int, int | str], ...] = ()
    if pre:
        parts = tuple((0, int(p)) if p.isdigit() else (1, p) for p in pre.split("."))
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)), 0 if pre else 1, parts)


def version_less(a: str, b: str) -> bool:
    return _semver_key(a) < _semver_key(b)


def find_module_root(start: str) -> str | None:
    d = os.path.abspath(start)
    while True:
        if os.path.isfile(os.path.join(d, "go.mod")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def short_path(p: str) -> str:
    try:
        rel = os.path.relpath(p)
    except ValueError:
        return p
    return rel if len(rel) < len(p) else p


#: every go.mod/go.sum/modules.txt the loader read, for the warm-run index
FILES_READ: list[str] = []


def _read_modfile(path: str) -> ModFile:
    FILES_READ.append(path)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise ModuleError(f"go: reading {short_path(path)}: {e.strerror or e}") from None
    try:
        return parse_modfile(short_path(path), data)
    except ModFileError as e:
        raise ModuleError(f"go: errors parsing {short_path(path)}:\n{e}") from None


@dataclass
class ModuleGraph:
    main: Module
    modfile: ModFile
    build_list: dict[str, Module] = field(default_factory=dict)  # path -> selected module (not main)
    vendor: dict[str, str] = field(default_factory=dict)  # package path -> module path (vendor mode)
    vendor_mode: bool = False
    gosum: dict[str, str] = field(default_factory=dict)  # "path version[/go.mod]" -> "h1:..."
    verified: dict[str, bool] = field(default_factory=dict)

    @staticmethod
    def load(root: str, mod_flag: str = "") -> ModuleGraph:
        mf = _read_modfile(os.path.join(root, "go.mod"))
        main = Module(mf.module, "", root, main=True, gomod=os.path.join(root, "go.mod"), go_version=mf.go)
        g = ModuleGraph(main, mf)
        g._read_gosum()
        vendor_txt = os.path.join(root, "vendor", "modules.txt")
        use_vendor = mod_flag == "vendor" or (
            mod_flag == "" and os.path.isfile(vendor_txt) and not version_less_go(mf.go or "1.0", "1.14")
        )
        if use_vendor:
            g.vendor_mode = True
            g._read_vendor(vendor_txt)
        else:
            g._select_versions()
        return g

    def _read_gosum(self) -> None:
        FILES_READ.append(os.path.join(self.main.dir, "go.sum"))
        try:
            with open(os.path.join(self.main.dir, "go.sum")) as f:
                for line in f:
                    parts = line.split()
                    if len(parts) >= 3:
                        self.gosum[f"{parts[0]} {parts[1]}"] = parts[2]
        except OSError:
            pass

    def _replacement(self, path: str, version: str) -> Replace | None:
        found = None
        for r in self.modfile.replaces:
            if r.old == path and (r.old_version == version or (not r.old_version and found is None)):
                found = r
                if r.old_version == version:
                    break
        return found

    def _module_at(self, path: str, version: str) -> Module:
        r = self._replacement(path, version)
        if r is not None and r.is_dir:
            d = os.path.normpath(os.path.join(self.main.dir, r.new))
            rep = Module(r.new, "", d, gomod=os.path.join(d, "go.mod"))
            return Module(path, version, d, gomod=rep.gomod, replace=rep)
        if r is not None:
            src_path, src_version = r.new, r.new_version
        else:
            src_path, src_version = path, version
        d = os.path.join(gomodcache(), f"{escape_path(src_path)}@{src_version}")
        m = Module(path, version, d, gomod=os.path.join(d, "go.mod"))
        if r is not None:
            m.replace = Module(src_path, src_version, d, gomod=m.gomod)
        return m

    def _requirements(self, m: Module) -> list[tuple[str, str]]:
        candidates = [m.gomod]
        if m.replace is None or m.replace.version:
            src = m.replace or m
            candidates.insert(
                0, os.path.join(gomodcache(), "cache", "download", escape_path(src.path), "@v", f"{src.version}.mod")
            )
        for c in candidates:
            if os.path.isfile(c):
                mf = _read_modfile(c)
                m.go_version = mf.go
                return [(r.path, r.version) for r in mf.requires]
        if m.replace is not None and not m.replace.version:
            if not os.path.isdir(m.dir):
                raise ModuleError(
                    f"go: {m.path}@{m.version or 'v0.0.0'} (replaced by {m.replace.path}): "
                    f"reading {os.path.join(m.replace.path, 'go.mod')}: open {m.gomod}: no such file or directory"
                )
            return []  # a directory without go.mod: no requirements
        raise ModuleError(
            f"go: {m.path}@{m.version}: module not found in the module cache ({gomodcache()}); "
            f"pogo does not download modules: fill the cache with 'go mod download {m.path}@{m.version}' "
            "or point a replace directive at a local directory"
        )

    def _select_versions(self) -> None:
        excluded = set(self.modfile.excludes)
        best: dict[str, str] = {}
        seen: set[tuple[str, str]] = set()
        pending = [(r.path, r.version) for r in self.modfile.requires]
        # Directory replacements of unrequired modules still take part (go allows replace-only).
        while pending:
            path, version = pending.pop()
            if (path, version) in seen or (path, version) in excluded or path == self.main.path:
                continue
            seen.add((path, version))
            if path not in best or version_less(best[path], version):
                best[path] = version
            m = self._module_at(path, version)
            pending.extend(self._requirements(m))
        for path, version in best.items():
            self.build_list[path] = self._module_at(path, version)

    def _read_vendor(self, path: str) -> None:
        mod = ""
        with open(path) as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("# "):
                    parts = line[2:].split()
                    mod = parts[0] if parts else ""
                    if len(parts) >= 2 and mod not in self.build_list:
                        d = os.path.join(self.main.dir, "vendor", *mod.split("/"))
                        self.build_list[mod] = Module(mod, parts[1] if parts[1] != "=>" else "", d)
                elif line and not line.startswith("#") and mod:
                    self.vendor[line.strip()] = mod

    def resolve(self, import_path: str) -> tuple[Module, str] | None:
        """The module providing ``import_path`` and the package's directory, or None."""
        if self.vendor_mode:
            if import_path == self.main.path or import_path.startswith(self.main.path + "/"):
                rel = import_path[len(self.main.path) :].lstrip("/")
                return self.main, os.path.join(self.main.dir, *rel.split("/")) if rel else self.main.dir
            mod = self.vendor.get(import_path)
            d = os.path.join(self.main.dir, "vendor", *import_path.split("/"))
            if mod is None:
                return None
            return self.build_list[mod], d
        best: Module | None = None
        for m in [self.main, *self.build_list.values()]:
            if import_path == m.path or import_path.startswith(m.path + "/"):
                if best is None or len(m.path) > len(best.path):
                    best = m
        if best is None:
            return None
        rel = import_path[len(best.path) :].lstrip("/")
        return best, os.path.join(best.dir, *rel.split("/")) if rel else best.dir

    def sum_ok(self, m: Module) -> bool:
        """go requires a go.sum line for a module from the cache (not for directories)."""
        if self.vendor_mode or m.main or (m.replace is not None and not m.replace.version):
            return True
        src = m.replace or m
        return f"{src.path} {src.version}" in self.gosum

    def verify(self, m: Module) -> None:
        """Check a cached module's files against go.sum, as go does; raise ModuleError with
        go's SECURITY ERROR text on a mismatch. The hash go recorded when it extracted the
        module (``.ziphash``) is used when present, else the directory is hashed."""
        if self.vendor_mode or m.main or (m.replace is not None and not m.replace.version):
            return
        src = m.replace or m
        key = f"{src.path} {src.version}"
        want = self.gosum.get(key)
        if want is None or key in self.verified:
            return
        ziphash = os.path.join(gomodcache(), "cache", "download", escape_path(src.path), "@v", f"{src.version}.ziphash")
        try:
            with open(ziphash) as f:
                got = f.read().strip()
        except OSError:
            got = dir_hash1(m.dir, f"{src.path}@{src.version}")
        self.verified[key] = got == want
        if got != want:
            raise ModuleError(
                f"verifying {src.path}@{src.version}: checksum mismatch\n\tdownloaded: {got}\n\tgo.sum:     {want}\n\n"
                "SECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.\n"
                "The bits may have been replaced on the origin server, or an attacker may\n"
                "have intercepted the download attempt.\n\nFor more information, see 'go help module-auth'."
            )


def dir_hash1(d: str, prefix: str) -> str:
    """go's "h1:" module hash: SHA-256 over "sha256(file)  prefix/relpath" lines, sorted."""
    import base64
    import hashlib

    entries = []
    for dirpath, _, filenames in os.walk(d):
        for name in filenames:
            full = os.path.join(dirpath, name)
            with open(full, "rb") as f:
                digest = hashlib.sha256(f.read()).hexdigest()
            entries.append((prefix + "/" + os.path.relpath(full, d).replace(os.sep, "/"), digest))
    h = hashlib.sha256()
    for name, digest in sorted(entries):
        h.update(f"{digest}  {name}\n".encode())
    return "h1:" + base64.b64encode(h.digest()).decode()


def version_less_go(a: str, b: str) -> bool:
    """Compare go versions like 1.22 and 1.22.3."""
    def key(v: str) -> tuple[int, ...]:
        return tuple(int(x) for x in re.findall(r"\d+", v)[:3])

    return key(a) < key(b)
