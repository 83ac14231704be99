"""Build constraints for linux/amd64, the only target pogo has: ``//go:build`` expressions
(and the older ``// +build`` lines) and ``_GOOS``/``_GOARCH`` file-name suffixes."""

from __future__ import annotations

import re

GOOS = "linux"
GOARCH = "amd64"
KNOWN_OS = {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl",
            "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos"}
KNOWN_ARCH = {"386", "amd64", "arm", "arm64", "loong64", "mips", "mipsle", "mips64", "mips64le", "ppc64", "ppc64le",
              "riscv64", "s390x", "wasm", "sparc64"}
GO_MINOR = 27


class ConstraintError(ValueError):
    pass


def tag_ok(tag: str) -> bool:
    if tag in (GOOS, GOARCH, "unix", "gc"):
        return True
    m = re.fullmatch(r"go1\.(\d+)", tag)
    if m:
        return int(m.group(1)) <= GO_MINOR
    return False  # other OSes and arches, cgo, race, goexperiment.*, custom tags


def eval_expr(expr: str) -> bool:
    """Evaluate a //go:build expression: tags, !, &&, ||, parentheses."""
    toks: list[str] = re.findall(r"\(|\)|!|&&|\|\||[\w.]+|\S", expr)
    pos = 0

    def peek() -> str:
        return toks[pos] if pos < len(toks) else ""

    def take() -> str:
        nonlocal pos
        if pos >= len(toks):
            raise ConstraintError("unexpected end of expression")
        pos += 1
        return toks[pos - 1]

    def or_expr() -> bool:
        v = and_expr()
        while peek() == "||":
            take()
            v = and_expr() or v
        return v

    def and_expr() -> bool:
        v = unary()
        while peek() == "&&":
            take()
            v = unary() and v
        return v

    def unary() -> bool:
        t = take()
        if t == "!":
            return not unary()
        if t == "(":
            v = or_expr()
            if take() != ")":
                raise ConstraintError("missing )")
            return v
        if not re.fullmatch(r"[\w.]+", t):
            raise ConstraintError(f"unexpected {t!r}")
        return tag_ok(t)

    v = or_expr()
    if pos != len(toks):
        raise ConstraintError(f"unexpected {toks[pos]!r}")
    return v


def _plus_tag(t: str) -> bool:
    return not tag_ok(t[1:]) if t.startswith("!") else tag_ok(t)


def plus_build_ok(line: str) -> bool:
    """``// +build a,b c``: an OR of space-separated terms, each an AND of comma-separated
    (possibly negated) tags."""
    terms = line.split()[2:]
    return not terms or any(all(_plus_tag(t) for t in term.split(",")) for term in terms)


def filename_ok(name: str) -> bool:
    stem = name[:-3] if name.endswith(".go") else name
    parts = stem.split("_")
    if len(parts) >= 3 and parts[-2] in KNOWN_OS and parts[-1] in KNOWN_ARCH:
        return parts[-2] == GOOS and parts[-1] == GOARCH
    if len(parts) >= 2 and parts[-1] in KNOWN_OS:
        return parts[-1] == GOOS
    if len(parts) >= 2 and parts[-1] in KNOWN_ARCH:
        return parts[-1] == GOARCH
    return True
