"""Plan a build as go does: one compile action per package (``bNNN`` dirs), one link.

Action ids follow go's numbering: the main package is b001 and its link shares that dir,
the other packages are numbered in the order a depth-first walk of the imports meets them.
An action's importcfg names its dependencies' outputs, which are only known once they have
run or been found in the cache, so it is written just before the action runs.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass, field

from pogo.load.goroot import GOARCH, GOOS
from pogo.load.packages import Package, all_packages


def tool_command(tool: str) -> list[str]:
    """How the driver runs one of pogo's tools: as a separate process, like ``go``."""
    return [sys.executable, "-m", "pogo", "tool", tool]


@dataclass
class Action:
    id: str
    kind: str  # "compile" or "link"
    objdir: str
    target: str  # where the output is: $WORK/... when built, the cache file when found there
    pkg: Package
    deps: list[Action] = field(default_factory=list)
    argv: list[str] = field(default_factory=list)
    cwd: str = ""
    config: str = ""  # the importcfg file this action's tool reads
    output_id: str = ""  # SHA-256 of the output, once known
    key: str = ""  # the action ID, once computed
    cached: bool = False

    def config_text(self) -> str:
        """The importcfg: one ``packagefile path=file`` line per dependency."""
        if self.kind == "compile":
            lines = ["# import config"]
            lines += [f"packagefile {d.pkg.path}={d.target}" for d in sorted(self.deps, key=lambda a: a.pkg.path)]
        else:
            main = self.deps[0]
            lines = [f"packagefile {main.pkg.path}={main.target}"]
            lines += [f"packagefile {a.pkg.path}={a.target}" for a in self.deps[1:]]
        return "".join(line + "\n" for line in lines)

    def action_id(self, tool_id: str) -> str:
        """SHA-256 over everything the output depends on: pogo itself, the command line
        (minus $WORK paths), the target, the sources, the dependencies' outputs."""
        h = hashlib.sha256()
        h.update(f"{self.kind}\ntool {tool_id}\ntarget {GOOS}/{GOARCH}\n".encode())
        h.update(f"pkg {self.pkg.path} {self.pkg.compile_path} {self.pkg.dir}\n".encode())
        # The action's own bNNN directory depends on the rest of the build's graph, not on
        # what this action computes: it must not change the ID.
        work = os.path.dirname(self.objdir.rstrip("/"))
        args = [a.replace(self.objdir, "$OBJDIR/").replace(work, "$WORK") for a in self.argv[len(tool_command("x")) :]]
        h.update(("argv " + "\0".join(args) + "\n").encode())
        if self.kind == "compile":
            # debugging variables that change what the compiler writes (gc's "magic" ones)
            for env in ("POGOSSAFUNC", "POGOSSACHECK"):
                if os.environ.get(env):
                    h.update(f"magic {env}={os.environ[env]}\n".encode())
            for f in self.pkg.files:
                with open(f, "rb") as fh:
                    data = fh.read()
                h.update(f"file {os.path.basename(f)} {hashlib.sha256(data).hexdigest()}\n".encode())
        for d in self.deps:
            h.update(f"dep {d.pkg.path} {d.output_id}\n".encode())
        return h.hexdigest()


def plan(
    root: Package, work: str, exe_name: str, strip: bool = False,
    ldflags: list[str] | None = None, gcflags: list[str] | None = None,
) -> Action:
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
        a.config = a.objdir + "importcfg"
        argv = tool_command("compile") + ["-o", a.target, "-p", p.compile_path]
        if p.std:
            argv.append("-std")
        if gcflags and p is root:
            argv += gcflags  # like go, -gcflags applies to the packages named on the command line
        argv += ["-importcfg", a.config, "-pack"]
        if not p.std:
            # like go: user packages compile in their directory with ./file.go names
            a.cwd = p.dir
            argv += ["./" + os.path.basename(f) for f in p.files]
        else:
            a.cwd = os.getcwd()
            argv += p.files
        a.argv = argv
    main = compiles[root.path]
    exe = main.objdir + "exe/" + exe_name
    link = Action(main.id, "link", main.objdir, exe, root, deps=list(compiles.values()))
    link.config = main.objdir + "importcfg.link"
    # go run links with -s -w (no symbol table, no DWARF); go build keeps the symbols.
    extra = list(ldflags or [])
    if strip:
        extra = ["-s", "-w"] + [x for x in extra if x not in ("-s", "-w")]
    link.argv = tool_command("link") + ["-o", exe, "-importcfg", link.config] + extra
    link.argv += ["-buildmode=exe", main.target]
    link.cwd = os.getcwd()
    return link
