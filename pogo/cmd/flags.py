"""Build flags shared by run, build and list. Kept free of heavy imports: ``pogo run``'s warm
path parses them before deciding whether anything needs loading at all."""

from __future__ import annotations

import os


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


class BuildFlags:
    """The build flags (a plain class: dataclasses cost the warm path an import)."""

    def __init__(self) -> None:
        self.show = False  # -x
        self.dry_run = False  # -n
        self.keep_work = False  # -work
        self.verbose = False  # -v
        self.parallel = available_cpus()  # -p
        self.force = False  # -a: rebuild everything, ignoring the cache
        self.chdir = ""  # -C dir
        self.tags: list[str] = []  # -tags a,b
        self.mod = ""  # -mod=mod|readonly|vendor
        self.output = ""  # -o (build only)
        self.exec_prog = ""  # -exec (run only)
        self.ldflags: list[str] = []  # -ldflags: -s, -w, -X importpath.name=value
        self.gcflags: list[str] = []  # -gcflags: passed to the compiler for the named packages


_BOOL = {"-x": "show", "-n": "dry_run", "-work": "keep_work", "-v": "verbose", "-a": "force", "-trimpath": "",
         "-race": "unsupported", "-msan": "unsupported", "-asan": "unsupported", "-cover": "unsupported",
         "-linkshared": "unsupported", "-buildvcs": "", "-modcacherw": ""}
_VALUE = {"-p", "-o", "-exec", "-gcflags", "-ldflags", "-asmflags", "-tags", "-mod", "-modfile",
          "-buildmode", "-compiler", "-gccgoflags", "-installsuffix", "-pkgdir", "-toolexec",
          "-overlay", "-pgo", "-covermode", "-coverpkg", "-C"}


def split_quoted(s: str) -> list[str]:
    """Split a flag value into words, honouring single and double quotes (go's quoted.Split)."""
    out: list[str] = []
    cur: list[str] = []
    quote = ""
    have = False
    for ch in s:
        if quote:
            if ch == quote:
                quote = ""
            else:
                cur.append(ch)
        elif ch in "'\"":
            quote, have = ch, True
        elif ch.isspace():
            if cur or have:
                out.append("".join(cur))
            cur, have = [], False
        else:
            cur.append(ch)
    if quote:
        raise UsageError(f"unterminated {quote} string")
    if cur or have:
        out.append("".join(cur))
    return out


def _goflags(allowed_extra: set[str]) -> list[str]:
    """GOFLAGS: -flag=value words applied before the command line's own flags; words naming
    flags this command does not have are ignored, as go does."""
    out = []
    for w in os.environ.get("GOFLAGS", "").split():
        name = w.partition("=")[0]
        if name in _BOOL or (name in _VALUE and (name not in ("-o", "-exec") or name in allowed_extra)):
            out.append(w)
    return out


def parse_build_flags(argv: list[str], allowed_extra: set[str]) -> tuple[BuildFlags, list[str]]:
    """Parse flags up to the first non-flag argument; return the flags and the rest."""
    f = BuildFlags()
    pre = _goflags(allowed_extra)
    if pre:
        g, _ = parse_build_flags_only(pre, allowed_extra)
        f = g
    return _parse_into(f, argv, allowed_extra)


def parse_build_flags_only(argv: list[str], allowed_extra: set[str]) -> tuple[BuildFlags, list[str]]:
    return _parse_into(BuildFlags(), argv, allowed_extra)


def _parse_into(f: BuildFlags, argv: list[str], allowed_extra: set[str]) -> tuple[BuildFlags, list[str]]:
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
        elif name == "-ldflags":
            f.ldflags = split_quoted(val)
            for w in f.ldflags:
                if w not in ("-s", "-w", "-dumpdep", "-dumpsyms") and not w.startswith("-X") and w != "-X" and "=" not in w:
                    raise UsageError(f"pogo: -ldflags {w} is not supported yet (supported: -s, -w, -X, -dumpdep, "
                                     "-dumpsyms)")
        elif name == "-gcflags":
            f.gcflags = split_quoted(val)
        elif name in ("-asmflags", "-toolexec", "-overlay", "-pgo") and val:
            raise UsageError(f"pogo: {name} is not supported yet")
    return f, argv[i:]


