"""What every subcommand shares: usage errors, build flags, and the build itself."""

from __future__ import annotations

import os
import sys

from pogo.cache.store import Cache, default_dir
from pogo.cmd.flags import BuildFlags
from pogo.load.constraints import set_build_tags
from pogo.load.modules import find_module_root
from pogo.load.packages import CMDLINE, Loader, LoadError, Package
from pogo.load.patterns import load_module_graph, load_patterns
from pogo.work.actions import Action, plan
from pogo.work.execute import Executor
from pogo.work.workdir import WorkDir


def apply_flags(f: BuildFlags) -> None:
    """Flags that change the process itself: -C changes directory, -tags the constraints."""
    if f.chdir:
        try:
            os.chdir(f.chdir)
        except OSError as e:
            raise LoadError(f"go: chdir {f.chdir}: {(e.strerror or str(e)).lower()}") from None
    set_build_tags(f.tags)


def load_roots(args: list[str], f: BuildFlags) -> list[Package]:
    """Load the packages named by ``args``: .go files or package patterns (default ".")."""
    apply_flags(f)
    if args and all(a.endswith(".go") for a in args):
        graph = load_module_graph(f.mod) if find_module_root(os.getcwd()) else None
        return [Loader(graph).load_files(args)]
    bad = [a for a in args if a.endswith(".go")]
    if bad:
        raise LoadError(f"named files must be .go files: {[a for a in args if not a.endswith('.go')][0]}")
    return load_patterns(args, f.mod)[1]


def exe_name(pkg: Package) -> str:
    """go's executable name: the first file's name for files, else the last path element
    (skipping a major-version suffix like /v2)."""
    if pkg.path == CMDLINE:
        return os.path.basename(pkg.files[0])[:-3] if pkg.files else "command-line-arguments"
    parts = pkg.path.split("/")
    if len(parts) > 1 and parts[-1].startswith("v") and parts[-1][1:].isdigit():
        return parts[-2]
    return parts[-1]


def build_exe(pkg: Package, flags: BuildFlags, exe_name: str, work: WorkDir, strip: bool) -> Action | None:
    """Compile and link ``pkg`` into ``$WORK/b001/exe/<exe_name>``; None if a step failed
    (its errors are printed already)."""
    link = plan(pkg, work.path, exe_name, strip, flags.ldflags, flags.gcflags)
    return link if executor(flags, work).run_all(link) else None


def executor(flags: BuildFlags, work: WorkDir) -> Executor:
    return Executor(work, flags.show, flags.dry_run, flags.parallel, open_cache(), flags.force, flags.verbose)


def open_cache() -> Cache | None:
    """The build cache, or None when POGOCACHE=off or it cannot be created."""
    d = default_dir()
    if d == "off":
        return None
    try:
        c = Cache(d)
        c.trim()
    except OSError as e:
        sys.stderr.write(f"pogo: build cache disabled: {e}\n")
        return None
    return c
