"""Diagnostics: errors reported in gc's ``file:line:col: message`` form.

Every phase reports problems through a Diagnostics collector; the compiler driver prints
them sorted by position and stops after 10, printing ``too many errors`` as gc does.
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

    def render(self) -> str:
        """The text gc prints: sorted by position, exact duplicates dropped, at most 10
        errors followed by ``<pos>: too many errors``."""
        out: list[str] = []
        last = ""
        prev: Diagnostic | None = None
        for d in sorted(self.items, key=lambda d: (d.filename, d.pos.line, d.pos.col)):
            text = str(d)
            if text == last:
                continue
            last = text
            if len(out) == MAX_ERRORS and prev is not None:
                out.append(f"{prev.filename}:{prev.pos.line}:{prev.pos.col}: too many errors")
                break
            out.append(text)
            prev = d
        return "".join(line + "\n" for line in out)
