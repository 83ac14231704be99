"""Labels, goto, labeled break/continue and fallthrough placement: gc's rules and messages.

Like gc, this is part of parsing: the parser runs it on every function body it reads, and
its errors count as syntax-phase errors (type checking does not start if there are any). Labels have function
scope. A ``goto`` may not jump into a block (the label's block must enclose the goto) nor,
jumping forward, over a variable declaration of the label's block. ``break L`` needs an
enclosing ``for``/``switch``/``select`` labeled L, ``continue L`` an enclosing ``for``.
``fallthrough`` must be the last statement of a case of an expression switch, not the last.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pogo.compile.syntax import nodes as n

ErrorFunc = Callable[[n.Pos, str], None]


@dataclass
class _Label:
    stmt: n.LabeledStmt
    path: tuple[int, ...]  # ids of the enclosing blocks, outermost first
    used: bool = False


@dataclass
class _Goto:
    stmt: n.BranchStmt
    path: tuple[int, ...]


@dataclass
class _Block:
    start: n.Pos
    stmts: list[n.Stmt]


def _before(a: n.Pos, b: n.Pos) -> bool:
    return (a.line, a.col) < (b.line, b.col)


class _Walker:
    def __init__(self, filename: str, error: ErrorFunc, top: list[n.Stmt]) -> None:
        self.filename = filename
        self.error = error
        self.top = top
        self.labels: dict[str, _Label] = {}
        self.gotos: list[_Goto] = []
        self.blocks: list[_Block] = []
        self.enclosing: list[n.LabeledStmt] = []  # labeled statements around the current one
        self.can_break = False  # inside a for, switch or select (of this function)
        self.can_continue = False  # inside a for

    def new_block(self, start: n.Pos, stmts: list[n.Stmt]) -> int:
        self.blocks.append(_Block(start, stmts))
        return len(self.blocks) - 1

    def stmts(self, ss: list[n.Stmt], path: tuple[int, ...], case: str = "") -> None:
        """``case`` says where the list is: "" (not a case body), "case", "final" (last case
        of an expression switch) or "type" (a type switch case): it decides whether a
        fallthrough as the last statement is allowed."""
        last = len(ss) - 1
        while last >= 0 and isinstance(ss[last], n.EmptyStmt):
            last -= 1
        for i, s in enumerate(ss):
            self.stmt(s, path, case if i == last else "")

    def block(self, b: n.BlockStmt, path: tuple[int, ...]) -> None:
        self.stmts(b.stmts, path + (self.new_block(b.pos, b.stmts),))

    def stmt(self, s: n.Stmt, path: tuple[int, ...], case: str = "") -> None:
        if isinstance(s, n.LabeledStmt):
            name = s.label.value
            if name != "_":
                old = self.labels.get(name)
                if old is not None:
                    p = old.stmt.label.pos
                    self.error(s.label.pos, f"label {name} already defined at {self.filename}:{p.line}:{p.col}")
                else:
                    self.labels[name] = _Label(s, path)
            self.enclosing.append(s)
            self.stmt(s.stmt, path, case)  # a labeled fallthrough is still the case's last
            self.enclosing.pop()
        elif isinstance(s, n.BranchStmt):
            self.branch(s, path, case)
        elif isinstance(s, n.BlockStmt):
            self.block(s, path)
        elif isinstance(s, n.IfStmt):
            self.block(s.then, path)
            if s.else_ is not None:
                self.stmt(s.else_, path)
        elif isinstance(s, (n.ForStmt, n.RangeStmt)):
            saved = self.can_break, self.can_continue
            self.can_break = self.can_continue = True
            self.block(s.body, path)
            self.can_break, self.can_continue = saved
        elif isinstance(s, n.SwitchStmt):
            saved_break, self.can_break = self.can_break, True
            for i, c in enumerate(s.cases):
                kind = "case" if i < len(s.cases) - 1 else "final"
                self.stmts(c.body, path + (self.new_block(c.pos, c.body),), kind)
            self.can_break = saved_break
        elif isinstance(s, n.TypeSwitchStmt):
            saved_break, self.can_break = self.can_break, True
            for c in s.cases:
                self.stmts(c.body, path + (self.new_block(c.pos, c.body),), "type")
            self.can_break = saved_break
        elif isinstance(s, n.SelectStmt):
            saved_break, self.can_break = self.can_break, True
            for cc in s.cases:
                self.stmts(cc.body, path + (self.new_block(cc.pos, cc.body),))
            self.can_break = saved_break

    def branch(self, s: n.BranchStmt, path: tuple[int, ...], case: str) -> None:
        if s.tok == "fallthrough":
            if case == "final":
                self.error(s.pos, "cannot fallthrough final case in switch")
            elif case == "type":
                self.error(s.pos, "cannot fallthrough in type switch")
            elif case != "case":
                self.error(s.pos, "fallthrough statement out of place")
            return
        if s.label is None:
            if s.tok == "break" and not self.can_break:
                self.error(s.pos, "break is not in a loop, switch, or select")
            elif s.tok == "continue" and not self.can_continue:
                self.error(s.pos, "continue is not in a loop")
            return
        name = s.label.value
        if s.tok == "goto":
            self.gotos.append(_Goto(s, path))
            return
        lab = self.labels.get(name)
        if lab is None:
            self.error(s.label.pos, f"{s.tok} label not defined: {name}")
            return
        lab.used = True  # even where it is not a valid target
        target = None
        for ls in reversed(self.enclosing):
            if ls.label.value == name:
                target = ls
                break
        if target is None:
            self.error(s.label.pos, f"invalid {s.tok} label {name}")
            return
        ok: tuple[type, ...] = (n.ForStmt, n.RangeStmt)
        if s.tok == "break":
            ok += (n.SwitchStmt, n.TypeSwitchStmt, n.SelectStmt)
        if not isinstance(target.stmt, ok):
            self.error(s.label.pos, f"invalid {s.tok} label {name}")

    def resolve_gotos(self) -> None:
        for g in self.gotos:
            assert g.stmt.label is not None
            name = g.stmt.label.value
            lab = self.labels.get(name)
            if lab is None:
                self.error(g.stmt.label.pos, f"label {name} not defined")
                continue
            lab.used = True
            if g.path[: len(lab.path)] != lab.path:
                # the label sits in a block that does not enclose the goto
                k = 0
                while k < len(g.path) and g.path[k] == lab.path[k]:
                    k += 1
                p = self.blocks[lab.path[k]].start
                self.error(
                    g.stmt.label.pos, f"goto {name} jumps into block starting at {self.filename}:{p.line}:{p.col}"
                )
                continue
            if _before(g.stmt.pos, lab.stmt.pos):
                decl = self.var_between(lab, g.stmt.pos)
                if decl is not None:
                    vname, p = decl
                    self.error(
                        g.stmt.label.pos,
                        f"goto {name} jumps over declaration of {vname} at {self.filename}:{p.line}:{p.col}",
                    )

    def var_between(self, lab: _Label, start: n.Pos) -> tuple[str, n.Pos] | None:
        """The last variable the label's block declares between ``start`` and the label."""
        stmts = self.blocks[lab.path[-1]].stmts if lab.path else self.top
        found: tuple[str, n.Pos] | None = None
        for s in stmts:
            if s is lab.stmt:
                break
            if isinstance(s, n.AssignStmt) and s.op == ":=" and _before(start, s.pos):
                names = [x.value for x in s.lhs if isinstance(x, n.Name) and x.value != "_"]
                if names:
                    found = (names[0], s.pos)
            elif isinstance(s, n.DeclStmt):
                for d in s.decls:
                    if isinstance(d, n.VarDecl) and d.names and _before(start, d.names[0].pos):
                        found = (d.names[0].value, d.names[0].pos)
        return found


def check_branches(body: n.BlockStmt, filename: str, error: ErrorFunc) -> None:
    w = _Walker(filename, error, body.stmts)
    w.stmts(body.stmts, ())
    w.resolve_gotos()
    for lab in w.labels.values():
        if not lab.used:
            error(lab.stmt.label.pos, f"label {lab.stmt.label.value} defined and not used")


__all__ = ["check_branches"]
