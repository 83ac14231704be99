"""Build constraints: ``//go:build`` expressions and ``_GOOS``/``_GOARCH`` file-name suffixes.

pogo builds for linux/amd64 with the gc toolchain's tags, without cgo.
"""

from __future__ import annotations

import re

from pogo.load.goroot import GOARCH, GOOS

KNOWN_OS = frozenset(
    "aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris "
    "wasip1 windows zos".split()
)
KNOWN_ARCH = frozenset(
    "386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 "
    "mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm".split()
)
UNIX_OS = frozenset("aix android darwin dragonfly freebsd hurd illumos ios linux netbsd openbsd solaris".split())

_TAGS = frozenset({GOOS, GOARCH, "unix", "gc"} | {f"go1.{i}" for i in range(1, 28)})


_extra_tags: set[str] = set()


def set_build_tags(tags: list[str]) -> None:
    """The -tags flag: extra tags that count as satisfied."""
    _extra_tags.clear()
    _extra_tags.update(t for t in tags if t)


def tag_ok(tag: str) -> bool:
    return tag in _TAGS or tag in _extra_tags


class ConstraintError(Exception):
    pass


_TOKEN = re.compile(r"\s*(\(|\)|!|&&|\|\||[A-Za-z0-9_.]+)")


def eval_build_expr(expr: str) -> bool:
    """Evaluate a //go:build expression (``!``, ``&&``, ``||``, parentheses, tags)."""
    toks: list[str] = []
    pos = 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if m is None:
            if expr[pos:].strip() == "":
                break
            raise ConstraintError(f"invalid //go:build expression: {expr}")
        toks.append(m.group(1))
        pos = m.end()
    i = 0

    def peek() -> str:
        return toks[i] if i < len(toks) else ""

    def or_expr() -> bool:
        nonlocal i
        v = and_expr()
        while peek() == "||":
            i += 1
            w = and_expr()
            v = v or w
        return v

    def and_expr() -> bool:
        nonlocal i
        v = unary()
        while peek() == "&&":
            i += 1
            w = unary()
            v = v and w
        return v

    def unary() -> bool:
        nonlocal i
        t = peek()
        if t == "!":
            i += 1
            return not unary()
        if t == "(":
            i += 1
            v = or_expr()
            if peek() != ")":
                raise ConstraintError(f"invalid //go:build expression: {expr}")
            i += 1
            return v
        if t in ("", ")", "&&", "||"):
            raise ConstraintError(f"invalid //go:build expression: {expr}")
        i += 1
        return tag_ok(t)

    v = or_expr()
    if i != len(toks):
        raise ConstraintError(f"invalid //go:build expression: {expr}")
    return v


def filename_ok(name: str) -> bool:
    """Go's file-name rules: ``*_test.go`` is never part of a build; ``x_GOOS``, ``x_GOARCH``
    and ``x_GOOS_GOARCH`` suffixes must match the target."""
    if not name.endswith(".go") or name.startswith((".", "_")):
        return False
    stem = name[:-3]
    if stem.endswith("_test"):
        return False
    parts = stem.split("_")
    if len(parts) >= 3 and parts[-2] in KNOWN_OS and parts[-1] in KNOWN_ARCH:
        return parts[-2] == GOOS and parts[-1] == GOARCH
    if len(parts) >= 2:
        if parts[-1] in KNOWN_OS:
            return parts[-1] == GOOS
        if parts[-1] in KNOWN_ARCH:
            return parts[-1] == GOARCH
    return True
