"""``pogo list [-json] [-f template] [-deps] [-e] [-m] [packages]``: describe packages or modules
with go list's field names and JSON layout."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from pogo.cmd.base import apply_flags
from pogo.cmd.flags import UsageError, parse_build_flags
from pogo.cmd.gotemplate import TemplateError, render
from pogo.cmd.run import _go_prefix
from pogo.load.goroot import GOROOT
from pogo.load.modules import Module
from pogo.load.packages import CMDLINE, Loader, LoadError, Package, all_packages
from pogo.load.patterns import load_module_graph, load_patterns

USAGE = "usage: go list [-f format] [-json] [-m] [list flags] [build flags] [packages]\nRun 'go help list' for details.\n"


def module_json(m: Module | None) -> dict[str, Any] | None:
    if m is None:
        return None
    d: dict[str, Any] = {"Path": m.path}
    if m.version:
        d["Version"] = m.version
    if m.replace is not None:
        r: dict[str, Any] = {"Path": m.replace.path}
        if m.replace.version:
            r["Version"] = m.replace.version
        r["Dir"] = m.replace.dir
        if os.path.isfile(m.replace.gomod):
            r["GoMod"] = m.replace.gomod
        d["Replace"] = r
    if m.main:
        d["Main"] = True
    d["Dir"] = m.dir
    if m.gomod and os.path.isfile(m.gomod):
        d["GoMod"] = m.gomod
    if m.go_version:
        d["GoVersion"] = m.go_version
    return d


def package_json(p: Package) -> dict[str, Any]:
    d: dict[str, Any] = {"Dir": p.dir, "ImportPath": p.path, "Name": p.name}
    if p.std:
        d["Root"] = GOROOT
    elif p.module is not None:
        d["Root"] = p.module.dir
    mod = module_json(p.module) if not p.std else None
    if mod is not None:
        d["Module"] = mod
    if p.match:
        d["Match"] = p.match
    if p.std:
        d["Goroot"] = True
        d["Standard"] = True
    d["GoFiles"] = [os.path.basename(f) for f in p.files]
    if p.ignored:
        d["IgnoredGoFiles"] = p.ignored
    if p.imports:
        d["Imports"] = p.imports
    deps = sorted({q.path for q in all_packages(p) if q is not p} | ({"unsafe"} if _uses_unsafe(p) else set()))
    if deps:
        d["Deps"] = deps
    return d


def _uses_unsafe(p: Package) -> bool:
    return any("unsafe" in q.imports for q in all_packages(p))


def main(argv: list[str]) -> int:
    as_json = deps = modules = tolerate = False
    template = ""
    rest: list[str] = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("-json", "--json"):
            as_json = True
        elif a == "-deps":
            deps = True
        elif a == "-m":
            modules = True
        elif a == "-e":
            tolerate = True
        elif a == "-f" and i + 1 < len(argv):
            template = argv[i + 1]
            i += 1
        elif a.startswith("-f="):
            template = a[3:]
        elif a.startswith("-json="):
            sys.stderr.write("pogo: go list -json=fields is not supported yet\n")
            return 2
        else:
            rest.append(a)
        i += 1
    try:
        flags, patterns = parse_build_flags(rest, set())
    except UsageError as e:
        sys.stderr.write(f"{e}\n{USAGE}")
        return 2
    try:
        apply_flags(flags)
        if modules:
            return _list_modules(patterns, as_json, template, flags.mod)
        if patterns and all(p.endswith(".go") for p in patterns):
            graph = load_module_graph(flags.mod)
            roots = [Loader(graph).load_files(patterns)]
            roots[0].match = []
        else:
            roots = load_patterns(patterns, flags.mod)[1]
    except LoadError as e:
        sys.stderr.write(f"{_go_prefix(str(e))}\n")
        return 1
    _ = tolerate
    pkgs: list[Package] = []
    seen: set[str] = set()
    for r in roots:
        for p in all_packages(r) if deps else [r]:
            if p.path not in seen:
                seen.add(p.path)
                pkgs.append(p)
    out = sys.stdout
    for p in pkgs:
        data = package_json(p)
        if p.path == CMDLINE:
            data.pop("Root", None)
        if as_json:
            out.write(json.dumps(data, indent="\t") + "\n")
        elif template:
            try:
                out.write(render(template, data) + "\n")
            except TemplateError as e:
                sys.stderr.write(f"template: main:1: {e}\n")
                return 1
        else:
            out.write(p.path + "\n")
    return 0


def _list_modules(patterns: list[str], as_json: bool, template: str, mod_flag: str) -> int:
    graph = load_module_graph(mod_flag)
    if graph is None:
        sys.stderr.write("go: cannot match \"all\": go.mod file not found in current directory or any parent directory; see 'go help modules'\n"
                         if patterns else "command-line-arguments\n")
        return 1 if patterns else 0
    mods: list[Module] = [graph.main]
    if "all" in patterns:
        mods += sorted(graph.build_list.values(), key=lambda m: m.path)
    elif patterns:
        for p in patterns:
            m = graph.build_list.get(p)
            if m is None and p != graph.main.path:
                sys.stderr.write(f"go: module {p}: not a known dependency\n")
                return 1
        mods = [graph.main if p == graph.main.path else graph.build_list[p] for p in patterns]
    for m in mods:
        data = module_json(m) or {}
        if as_json:
            sys.stdout.write(json.dumps(data, indent="\t") + "\n")
        elif template:
            sys.stdout.write(render(template, data) + "\n")
        else:
            line = m.path + (f" {m.version}" if m.version else "")
            if m.replace is not None:
                line += f" => {m.replace.path}" + (f" {m.replace.version}" if m.replace.version else "")
            sys.stdout.write(line + "\n")
    return 0
