"""Command-line flags of pogo's tools (compile, link), in Go's flag package syntax:
``-name``, ``--name``, ``-name=value`` and ``-name value``, flags and operands interleaved."""

from __future__ import annotations

from collections.abc import Iterator


class UsageError(Exception):
    """A bad command line; the tools print it with their usage line and exit 2."""


def scan(argv: list[str], bool_flags: set[str], value_flags: set[str]) -> Iterator[tuple[str, str]]:
    """Yield ``(name, value)`` for each flag (a boolean flag's value is the text after ``=``,
    usually empty) and ``("", operand)`` for each operand; everything after ``--`` is operands."""
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            for rest in argv[i + 1 :]:
                yield "", rest
            return
        if not a.startswith("-") or a == "-":
            yield "", a
            i += 1
            continue
        name, eq, val = a.partition("=")
        if name.startswith("--"):
            name = name[1:]
        if name in bool_flags:
            yield name, val
            i += 1
            continue
        if name not in value_flags:
            raise UsageError(f"flag provided but not defined: {name}")
        if not eq:
            if i + 1 >= len(argv):
                raise UsageError(f"flag needs an argument: {name}")
            val = argv[i + 1]
            i += 2
        else:
            i += 1
        yield name, val
