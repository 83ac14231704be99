"""Parse go.mod files: module, go, toolchain, godebug, require, exclude, replace, retract,
tool and ignore directives, in line and block form, with the go command's error texts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


class ModFileError(Exception):
    """One or more ``file:line: message`` problems; ``str`` has them one per line."""


@dataclass
class Require:
    path: str
    version: str
    indirect: bool = False


@dataclass
class Replace:
    old: str
    old_version: str  # "" when the replacement applies to every version
    new: str  # module path, or a directory when it starts with ./ ../ or /
    new_version: str  # "" for a directory

    @property
    def is_dir(self) -> bool:
        return self.new.startswith(("./", "../", "/")) or self.new in (".", "..")


@dataclass
class ModFile:
    path: str = ""  # the file's own path, for messages
    module: str = ""
    go: str = ""
    toolchain: str = ""
    requires: list[Require] = field(default_factory=list)
    excludes: list[tuple[str, str]] = field(default_factory=list)
    replaces: list[Replace] = field(default_factory=list)
    retracts: list[str] = field(default_factory=list)


_TOKEN = re.compile(r'\s*("(?:[^"\\]|\\.)*"|`[^`]*`|=>|[^\s"`]+)')
_VERSION = re.compile(r"^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")
_GOVERSION = re.compile(r"^1(\.(0|[1-9]\d*)){1,2}((rc|beta)\d+)?$")


def _tokens(line: str) -> list[str]:
    out: list[str] = []
    pos = 0
    while pos < len(line):
        m = _TOKEN.match(line, pos)
        if m is None:
            break
        t = m.group(1)
        if t.startswith("//"):
            break
        if t.startswith('"') and t.endswith('"'):
            t = bytes(t[1:-1], "utf-8").decode("unicode_escape")
        elif t.startswith("`"):
            t = t[1:-1]
        out.append(t)
        pos = m.end()
    return out


def parse_modfile(name: str, data: bytes) -> ModFile:
    """Parse go.mod contents; ``name`` is how errors name the file (go uses its short path)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ModFileError(f"{name}: invalid UTF-8") from None
    mf = ModFile(path=name)
    errors: list[str] = []
    block: str | None = None
    block_line = 0
    for lineno, raw in enumerate(text.splitlines(), 1):
        comment = raw.find("//")
        indirect = comment >= 0 and raw[comment + 2 :].strip().startswith("indirect")
        toks = _tokens(raw)
        if block is not None:
            if toks == [")"]:
                block = None
                continue
            if not toks:
                continue
            _directive(mf, block, toks, indirect, f"{name}:{lineno}", errors)
            continue
        if not toks:
            continue
        verb = toks[0]
        if len(toks) == 2 and toks[1] == "(":
            if verb not in ("require", "exclude", "replace", "retract", "godebug", "tool", "ignore"):
                errors.append(f"{name}:{lineno}: unknown block type: {verb}")
            block, block_line = verb, lineno
            continue
        _directive(mf, verb, toks[1:], indirect, f"{name}:{lineno}", errors)
    if block is not None:
        errors.append(f"{name}:{block_line}: unterminated {block} block")
    if not mf.module and not errors:
        errors.append(f"{name}: no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod")
    if errors:
        raise ModFileError("\n".join(errors))
    return mf


def _directive(mf: ModFile, verb: str, args: list[str], indirect: bool, where: str, errors: list[str]) -> None:
    if verb == "module":
        if len(args) != 1:
            errors.append(f"{where}: usage: module module/path")
        elif mf.module:
            errors.append(f"{where}: repeated module statement")
        else:
            mf.module = args[0]
    elif verb == "go":
        if len(args) != 1:
            errors.append(f"{where}: usage: go 1.23")
        elif not _GOVERSION.match(args[0]):
            errors.append(f'{where}: invalid go version \'{args[0]}\': must match format 1.23.0')
        else:
            mf.go = args[0]
    elif verb == "toolchain":
        if len(args) != 1:
            errors.append(f"{where}: usage: toolchain go1.23.0")
        else:
            mf.toolchain = args[0]
    elif verb == "require":
        if len(args) != 2:
            errors.append(f"{where}: usage: require module/path v1.2.3")
        elif not _VERSION.match(args[1]):
            errors.append(f'{where}: require {args[0]}: version "{args[1]}" invalid: must be of the form v1.2.3')
        else:
            mf.requires.append(Require(args[0], args[1], indirect))
    elif verb == "exclude":
        if len(args) != 2:
            errors.append(f"{where}: usage: exclude module/path v1.2.3")
        else:
            mf.excludes.append((args[0], args[1]))
    elif verb == "replace":
        if "=>" not in args:
            errors.append(f"{where}: usage: replace module/path [v1.2.3] => other/module v1.4\n"
                          "\t or replace module/path [v1.2.3] => ../local/directory")
            return
        i = args.index("=>")
        left, right = args[:i], args[i + 1 :]
        if len(left) not in (1, 2) or len(right) not in (1, 2):
            errors.append(f"{where}: usage: replace module/path [v1.2.3] => other/module v1.4\n"
                          "\t or replace module/path [v1.2.3] => ../local/directory")
            return
        r = Replace(left[0], left[1] if len(left) == 2 else "", right[0], right[1] if len(right) == 2 else "")
        if not r.is_dir and not r.new_version:
            errors.append(f"{where}: replacement module without version must be directory path (rooted or starting with ./ or ../)")
            return
        mf.replaces.append(r)
    elif verb == "retract":
        mf.retracts.append(" ".join(args))
    elif verb in ("godebug", "tool", "ignore"):
        pass
    else:
        errors.append(f"{where}: unknown directive: {verb}")
