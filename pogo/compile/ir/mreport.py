"""The ``-m`` report: escape analysis decisions as gc prints them."""

from __future__ import annotations

from pogo.compile.ir import nodes as ir
from pogo.compile.ir.escape import FuncEscape


class MReporter:
    def __init__(self, pkgpath: str, sources: dict[str, bytes]) -> None:
        self.pkgpath = pkgpath
        self.sources = sources
        self.lines: list[str] = []

    def func(self, fn: ir.Func, fe: FuncEscape) -> None:
        pass

    def render(self) -> str:
        return "".join(line + "\n" for line in self.lines)
