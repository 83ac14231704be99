"""The ``-m`` report: escape analysis decisions printed as gc prints them, function by
function in the order they were analysed (callees first): parameter leaks, then
variables moved to the heap, then allocations in the order met."""

from __future__ import annotations

from pogo.compile.ir import nodes as ir
from pogo.compile.ir.escape import FuncEscape, has_pointers
from pogo.compile.syntax.nodes import NOPOS, Pos


class MReporter:
    def __init__(self, pkgpath: str, sources: dict[str, bytes]) -> None:
        self.pkgpath = pkgpath
        self.sources = sources
        self.lines: list[str] = []

    def say(self, file: str, pos: Pos, text: str) -> None:
        where = f"{file}:{pos.line}:{pos.col}" if pos.col else f"{file}:{pos.line}"
        self.lines.append(f"{where}: {text}")

    def func(self, fn: ir.Func, fe: FuncEscape) -> None:
        if fn.file not in self.sources or fn.name.endswith(".init"):
            return  # generated code (wrappers, instances of other packages' generics, initialisers)
        for p in fn.params:
            lc = fe.locs.get(p.id)
            if p.pos == NOPOS or p.name.startswith("~") or p.name == "_" or not has_pointers(p.type):
                continue
            if lc is None:
                self.say(fn.file, p.pos, f"{p.name} does not escape")
                continue
            if lc.escapes:
                continue
            warned = False
            if lc.heap_leak >= 0:
                what = "leaking param" if lc.heap_leak == 0 else "leaking param content"
                self.say(fn.file, p.pos, f"{what}: {p.name}")
                warned = True
            for r, d in sorted(lc.result_leak.items()):
                if lc.heap_leak >= 0 and d >= lc.heap_leak:
                    continue
                rl = fn.results[r]
                name = rl.name if not rl.name.startswith("~") else f"~r{r}"
                self.say(fn.file, p.pos, f"leaking param: {p.name} to result {name} level={d}")
                warned = True
            if not warned:
                self.say(fn.file, p.pos, f"{p.name} does not escape")
        for loc in fn.locals:
            if loc.addr_taken and loc.capture_index < 0 and loc.pos != NOPOS and not loc.name.startswith("~"):
                self.say(fn.file, loc.pos, f"moved to heap: {loc.name}")
        for a in fe.allocs:
            c = a.call
            if c.what and c.pos != NOPOS:
                pos = self.brace(fn.file, c.pos) if c.what.endswith("{...}") and not c.what.startswith("&") else c.pos
                self.say(fn.file, pos, f"{c.what} {'escapes to heap' if a.loc.escapes else 'does not escape'}")

    def brace(self, file: str, pos: Pos) -> Pos:
        """gc reports a slice literal at its "{"; the syntax tree keeps where its type starts."""
        lines = self.sources.get(file, b"").split(b"\n")
        if 0 < pos.line <= len(lines):
            k = lines[pos.line - 1].find(b"{", pos.col - 1)
            if k >= 0:
                return Pos(pos.line, k + 1)
        return pos

    def render(self) -> str:
        return "".join(line + "\n" for line in self.lines)
