"""What every subcommand shares: usage errors, build flags, and the build itself."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from pogo.cache.store import Cache, default_dir
from pogo.load.constraints import set_build_tags
from pogo.load.modules import find_module_root
from pogo.load.packages import CMDLINE, Loader, LoadError, Package
from pogo.load.patterns import load_module_graph, load_patterns
from pogo.work.actions import Action, plan
from pogo.work.execute import Executor
from pogo.work.workdir import WorkDir


def available_cpus() -> int:
    """CPUs this process may use: its affinity mask, capped by a cgroup v2 CPU quota."""
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        n = os.cpu_count() or 1
    try:
        with open("/sys/fs/cgroup/cpu.max") as f:
            quota, period = f.read().split()[:2]
        if quota != "max":
            n = min(n, max(1, -(-int(quota) // int(period))))
    except (OSError, ValueError):
        pass
    return max(1, n)


class UsageError(Exception):
    """Bad command line: the message, then the command's usage line; exit status 2."""


@dataclass
class BuildFlags:
    show: bool = False  # -x
    dry_run: bool = False  # -n
    keep_work: bool = False  # -work
    verbose: bool = False  # -v
    parallel: int = field(default_factory=lambda: available_cpus())  # -p
    force: bool = False  # -a: rebuild everything, ignoring the cache
    chdir: str = ""  # -C dir
    tags: list[str] = field(default_factory=list)  # -tags a,b
    mod: str = ""  # -mod=mod|readonly|vendor
    output: str = ""  # -o (build only)
    exec_prog: str = ""  # -exec (run only)


_BOOL = {"-x": "show", "-n": "dry_run", "-work": "keep_work", "-v": "verbose", "-a": "force", "-trimpath": "",
         "-race": "unsupported", "-msan": "unsupported", "-asan": "unsupported", "-cover": "unsupported",
         "-linkshared": "unsupported", "-buildvcs": "", "-modcacherw": ""}
_VALUE = {"-p", "-o", "-exec", "-gcflags", "-ldflags", "-asmflags", "-tags", "-mod", "-modfile",
          "-buildmode", "-compiler", "-gccgoflags", "-installsuffix", "-pkgdir", "-toolexec",
          "-overlay", "-pgo", "-covermode", "-coverpkg", "-C"}


def parse_build_flags(argv: list[str], allowed_extra: set[str]) -> tuple[BuildFlags, list[str]]:
    """Parse flags up to the first non-flag argument; return the flags and the rest."""
    f = BuildFlags()
    i = 0
    while i < len(argv):
        a = argv[i]
        start = i
        if a == "--":
            return f, argv[i + 1 :]
        if not a.startswith("-") or a == "-":
            break
        name, eq, val = a.partition("=")
        if name.startswith("--"):
            name = name[1:]
        if name in _BOOL:
            attr = _BOOL[name]
            if attr == "unsupported":
                raise UsageError(f"pogo: {name} is not supported yet")
            if attr:
                setattr(f, attr, val.lower() not in ("false", "0", "f"))
            i += 1
            continue
        if name not in _VALUE or (name in ("-o", "-exec") and name not in allowed_extra):
            raise UsageError(f"flag provided but not defined: {name}")
        if not eq:
            if i + 1 >= len(argv):
                raise UsageError(f"flag needs an argument: {name}")
            val = argv[i + 1]
            i += 2
        else:
            i += 1
        if name == "-p":
            try:
                f.parallel = int(val)
            except ValueError:
                raise UsageError(f'invalid value "{val}" for flag -p: parse error') from None
            if f.parallel <= 0:
                raise UsageError(f"-p must be positive, got {f.parallel}")
        elif name == "-o":
            f.output = val
        elif name == "-exec":
            f.exec_prog = val
        elif name == "-C":
            if start != 0:
                raise UsageError("go: -C flag must be first flag on command line")
            f.chdir = val
        elif name == "-tags":
            f.tags = [t for t in val.replace(" ", ",").split(",") if t]
        elif name == "-mod":
            if val not in ("mod", "readonly", "vendor"):
                raise UsageError(f"-mod={val} not supported (can be '', 'mod', 'readonly', or 'vendor')")
            f.mod = val
        elif name in ("-gcflags", "-ldflags", "-asmflags", "-toolexec", "-overlay", "-pgo") and val:
            raise UsageError(f"pogo: {name} is not supported yet")
    return f, argv[i:]


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
    link = plan(pkg, work.path, exe_name, strip)
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
