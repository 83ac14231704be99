"""Turn command-line arguments into root packages: ``.go`` files, directories (``.``,
``./cmd/x``), ``...`` wildcards, import paths, and ``std``."""

from __future__ import annotations

import os

from pogo.load.goroot import GOROOT
from pogo.load.modules import ModuleError, ModuleGraph, find_module_root
from pogo.load.packages import Loader, LoadError, Package

NO_GOMOD = "go: go.mod file not found in current directory or any parent directory; see 'go help modules'"


def is_local(arg: str) -> bool:
    return arg in (".", "..") or arg.startswith(("./", "../", "/"))


def load_module_graph(mod_flag: str = "") -> ModuleGraph | None:
    root = find_module_root(os.getcwd())
    if root is None or os.environ.get("GO111MODULE") == "off":
        return None
    try:
        return ModuleGraph.load(root, mod_flag)
    except ModuleError as e:
        raise LoadError(str(e)) from None


def _has_go_files(d: str) -> bool:
    try:
        return any(f.endswith(".go") and not f.endswith("_test.go") for f in os.listdir(d))
    except OSError:
        return False


def _walk(base: str, module_root: str | None) -> list[str]:
    out: list[str] = []
    for dirpath, dirnames, _ in os.walk(base):
        keep = []
        for d in sorted(dirnames):
            full = os.path.join(dirpath, d)
            if d.startswith((".", "_")) or d in ("testdata", "vendor"):
                continue
            if module_root is not None and os.path.isfile(os.path.join(full, "go.mod")):
                continue  # a nested module is not part of this one
            keep.append(d)
        dirnames[:] = keep
        if _has_go_files(dirpath):
            out.append(dirpath)
    return sorted(out)


def load_patterns(patterns: list[str], mod_flag: str = "") -> tuple[Loader, list[Package]]:
    """Resolve package patterns (not .go files) to loaded root packages."""
    graph = load_module_graph(mod_flag)
    loader = Loader(graph)
    roots: list[Package] = []
    for pat in patterns or ["."]:
        if is_local(pat):
            if graph is None:
                raise LoadError(NO_GOMOD)
            base, dots = (pat[:-4] or ".", True) if pat.endswith("/...") else (pat, False)
            d = os.path.abspath(base)
            main = graph.main
            if d != main.dir and not d.startswith(main.dir + os.sep):
                raise LoadError(f"directory {pat} outside main module or its selected dependencies")
            dirs = _walk(d, main.dir) if dots else [d]
            if dots and not dirs:
                _warn_no_match(pat)
            for pd in dirs:
                if not os.path.isdir(pd):
                    raise LoadError(f"stat {pd}: directory not found")
                rel = os.path.relpath(pd, main.dir)
                path = main.path if rel == "." else main.path + "/" + rel.replace(os.sep, "/")
                if not dots and not _has_go_files(pd):
                    raise LoadError(f"no Go files in {pd}")
                roots.append(loader.load_dir_package(path, pd, main, pat))
            continue
        if pat == "std":
            src = os.path.join(GOROOT, "src")
            for pd in _walk(src, None):
                path = os.path.relpath(pd, src).replace(os.sep, "/")
                roots.append(loader.load_dir_package(path, pd, None, pat))
            for r in roots:
                r.std = True
            continue
        if pat.endswith("/..."):
            if graph is None:
                raise LoadError(NO_GOMOD)
            prefix = pat[:-4]
            found = graph.resolve(prefix)
            if found is None:
                _warn_no_match(pat)
                continue
            mod, d = found
            for pd in _walk(d, mod.dir):
                rel = os.path.relpath(pd, mod.dir)
                path = mod.path if rel == "." else mod.path + "/" + rel.replace(os.sep, "/")
                roots.append(loader.load_dir_package(path, pd, mod, pat))
            continue
        pkg = loader.load_import(pat, "", "command-line-arguments", [])
        if pkg is None or loader.errors:
            raise LoadError("\n".join(loader.errors))
        pkg.match.append(pat)
        roots.append(pkg)
    return loader, roots


def _warn_no_match(pat: str) -> None:
    import sys

    sys.stderr.write(f'go: warning: "{pat}" matched no packages\n')
