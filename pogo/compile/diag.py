"""Diagnostics: errors reported in gc's ``file:line:col: message`` form.

Every phase reports problems through a Diagnostics collector; the compiler driver prints
them as gc does: the first 10 reported, sorted by position, then ``too many errors``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pogo.compile.syntax.nodes import Pos

MAX_ERRORS = 10


@dataclass(slots=True, frozen=True)
class Diagnostic:
    filename: str
    pos: Pos
    msg: str

    def __str__(self) -> str:
        return f"{self.filename}:{self.pos.line}:{self.pos.col}: {self.msg}"


class TooManyErrors(Exception):
    """Raised by a collector once it holds more errors than gc would print."""


class CompileError(Exception):
    """Raised to stop compiling; carries everything reported so far."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics


@dataclass(slots=True)
class Diagnostics:
    items: list[Diagnostic] = field(default_factory=list)

    def error(self, filename: str, pos: Pos, msg: str) -> None:
        self.items.append(Diagnostic(filename, pos, msg))

    def __bool__(self) -> bool:
        return bool(self.items)

    def fatal(self) -> bool:
        """Whether an error stops compiling after parsing: as gc, only syntax errors do;
        lexical errors (bad escapes, invalid characters, ...) let type checking run."""
        return any(d.msg.startswith("syntax error") for d in self.items)

    def render(self) -> str:
        """The text gc prints. gc stops at the 10th error *reported* (not the 10th by
        position): it drops a repeat of the previous error on the same line (any syntax
        error after one on the same line), sorts what it kept by position, drops exact
        duplicates and ends with ``<pos of the 10th>: too many errors``."""
        kept: list[Diagnostic] = []
        last_syntax: tuple[str, int] | None = None
        last_other: tuple[str, int, str] | None = None
        for d in self.items:
            if d.msg.startswith("syntax error"):
                if (d.filename, d.pos.line) == last_syntax:
                    continue
                last_syntax = (d.filename, d.pos.line)
            else:
                if (d.filename, d.pos.line, d.msg) == last_other:
                    continue
                last_other = (d.filename, d.pos.line, d.msg)
            kept.append(d)
            if len(kept) == MAX_ERRORS:
                break
        out: list[str] = []
        for d in sorted(kept, key=lambda d: (d.filename, d.pos.line, d.pos.col)):
            text = str(d)
            if not out or out[-1] != text:
                out.append(text)
        if len(kept) == MAX_ERRORS:
            last = kept[-1]
            out.append(f"{last.filename}:{last.pos.line}:{last.pos.col}: too many errors")
        return "".join(line + "\n" for line in out)
