"""Plan a build as go does: one compile action per package (``bNNN`` dirs), one link.

Action ids follow go's numbering: the main package is b001 and its link shares that dir,
the other packages are numbered in the order a depth-first walk of the imports meets them.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from pogo.load.packages import CMDLINE, Package, all_packages


def tool_command(tool: str) -> list[str]:
    """How the driver runs one of pogo's tools: as a separate process, like ``go``."""
    return [sys.executable, "-m", "pogo", "tool", tool]


@dataclass
class Action:
    id: str
    kind: str  # "compile" or "link"
    objdir: str
    target: str
    pkg: Package
    deps: list[Action] = field(default_factory=list)
    argv: list[str] = field(default_factory=list)
    cwd: str = ""
    files: dict[str, str] = field(default_factory=dict)  # path -> content written before running


def importcfg_text(deps: list[Action], header: bool = True) -> str:
    lines = ["# import config"] if header else []
    for d in sorted(deps, key=lambda a: a.pkg.path):
        lines.append(f"packagefile {d.pkg.path}={d.target}")
    return "".join(line + "\n" for line in lines)


def plan(root: Package, work: str, exe_name: str, strip: bool = False) -> Action:
    """The link action (whose deps are the compile actions) producing ``exe_name``."""
    order: list[Package] = []
    seen: set[str] = set()

    def number(p: Package) -> None:
        if p.path in seen:
            return
        seen.add(p.path)
        order.append(p)
        for d in p.deps:
            number(d)

    number(root)
    compiles: dict[str, Action] = {}
    for i, p in enumerate(order, 1):
        objdir = os.path.join(work, f"b{i:03d}") + "/"
        compiles[p.path] = Action(f"b{i:03d}", "compile", objdir, objdir + "_pkg_.a", p)
    for p in all_packages(root):
        a = compiles[p.path]
        a.deps = [compiles[d.path] for d in p.deps]
        cfg = a.objdir + "importcfg"
        a.files[cfg] = importcfg_text(a.deps)
        argv = tool_command("compile") + ["-o", a.target, "-p", p.compile_path]
        if p.std:
            argv.append("-std")
        argv += ["-importcfg", cfg, "-pack"]
        if p.path == CMDLINE:
            a.cwd = p.dir
            argv += ["./" + os.path.basename(f) for f in p.files]
        else:
            a.cwd = os.getcwd()
            argv += p.files
        a.argv = argv
    main = compiles[root.path]
    exe = main.objdir + "exe/" + exe_name
    link = Action(main.id, "link", main.objdir, exe, root, deps=list(compiles.values()))
    cfg = main.objdir + "importcfg.link"
    lines = [f"packagefile {root.path}={main.target}"]
    lines += [f"packagefile {a.pkg.path}={a.target}" for a in compiles.values() if a is not main]
    link.files[cfg] = "".join(line + "\n" for line in lines)
    # go run links with -s -w (no symbol table, no DWARF); go build keeps the symbols.
    link.argv = tool_command("link") + ["-o", exe, "-importcfg", cfg] + (["-s", "-w"] if strip else [])
    link.argv += ["-buildmode=exe", main.target]
    link.cwd = os.getcwd()
    return link
