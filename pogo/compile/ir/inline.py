"""Inlining: calls of small functions of the same package are replaced by a copy of the
callee's body.

A function can be inlined when its cost (IR nodes, counted with gc's budget in mind;
a call of an inlinable function costs that function's cost, any other call
``CALL_COST``) is within ``BUDGET`` and it has none of: ``//go:noinline``, recursion,
defer/recover, closures other than its own function literals, or calls that inspect the
call stack. Calls of func values that are certainly a known literal or function
(``closinl.StaticFuncs``) are inlined too, a literal's captured variables becoming the
caller's own locals; literals are judged and reported in gc's order (see ``judge``). Functions are processed
callees first, so a callee's own calls are already inlined when it is copied. An inlined
call evaluates its arguments into fresh copies of the parameters, runs the copied body
with each ``return`` turned into assignments to fresh result variables and a jump to
the end, and yields the results.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import fields

from pogo.compile.ir import nodes as ir
from pogo.compile.ir.closinl import StaticFuncs, remove_dead_closures
from pogo.compile.ir.devirt import devirtualize
from pogo.compile.ir.escape import call_graph_order, walk_nodes
from pogo.compile.ir.inlexport import Imported
from pogo.compile.syntax.nodes import NOPOS, Pos
from pogo.compile.types.types import Tuple

BUDGET = 80
# gc's budgets for function literals: any literal this cheap "can inline"; a call site
# inlines one costing up to twice BUDGET, or up to this if it is the literal's only call
CLOSURE_BUDGET = 800
CLOSURE_COST = 15  # what gc charges for creating a closure in an inlinable function
DEBUG_COST = os.environ.get("POGOINLINECOST") == "1"  # print every candidate's cost (calibration)
CALL_COST = 57
PARAM_CALL_COST = 17  # gc's cost of calling a parameter or captured func value (maybe inlined later)
# cheaper IR shapes that gc's tree does not have as separate nodes
FREE = (ir.Convert, ir.Seq, ir.Block, ir.Declare, ir.NilCheck, ir.Part, ir.Field, ir.Make, ir.TypeAddr)
STACK_SENSITIVE = ("defer", "recover", "Caller", "getcaller", "jumpto", "panicwrap", "gopanic", "Goexit")
NO_INLINE_PACKAGES = ("runtime", "internal/", "unsafe", "syscall", "reflect", "sync", "os")

Report = Callable[[str, Pos, str], None]


@functools.cache
def _std_table() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    with open(os.path.join(os.path.dirname(__file__), "inline_std.txt")) as fh:
        for line in fh:
            if not line.startswith("#"):
                path, *names = line.split()
                out[path] = frozenset(names)
    return out


def gc_inlinable(path: str) -> frozenset[str]:
    """The functions of standard package ``path`` that gc can inline (tools/gen_inline_std.py):
    only those are candidates there, so that what other packages inline follows gc."""
    try:
        return _std_table().get(path, frozenset())
    except OSError:
        return frozenset()


def display_name(pkg: str, sym: str) -> str:
    """gc's name for a function in -m reports: unqualified within the package, else
    qualified by the package's name (the import path's last element)."""
    if sym.startswith(pkg + "."):
        return sym[len(pkg) + 1 :]
    head = sym.split("[", 1)[0].split("(", 1)[0]  # type arguments and receivers may hold paths too
    return sym[head.rfind("/") + 1 :]


class Inliner:
    """Inlines the calls of a package, and keeps what it judged inlinable for export.

    ``imported`` offers other packages' inlinable bodies. With ``export_only`` (standard
    packages, whose compile every cold build pays for) calls are inlined only into the
    functions that are themselves inlinable, which keeps the exported bodies as gc's and
    the package's own code unchanged."""

    def __init__(self, pkg: ir.Package, report: Report | None, imported: Imported | None = None,
                 export_only: bool = False) -> None:
        self.pkg = pkg
        self.out = report
        # reports are buffered to be printed in gc's order: every "can inline" first, then
        # each function's inlining in source order (package initialisation first, wrappers last)
        self.can: list[tuple[str, Pos, str]] = []
        self.blocks: list[tuple[tuple[int, int, tuple[int, ...], int, tuple[int, ...]], list[tuple[str, Pos, str]]]] = []
        self.block: list[tuple[str, Pos, str]] = []
        self.report: Report | None = (lambda file, pos, text: self.block.append((file, pos, text))) if report else None
        self.imported = imported
        self.export_only = export_only
        self.inlinable: dict[str, ir.Func] = {}
        self.costs: dict[str, int] = dict(imported.costs) if imported is not None else {}
        # function -> (link symbol, depth) of the calls inlined into it, transitively (depth 1: directly)
        self.nested: dict[str, list[tuple[str, int]]] = dict(imported.nested) if imported is not None else {}
        self.pending: list[tuple[int, str, Pos, str]] = []  # (depth, file, position, text)
        self.clones: set[str] = set()  # literals of other functions copied here and judged again
        self.results: dict[int, str] = {}  # id of an inlined call -> gc's name of its result (~r0, n)  # nested inlining reports (depth, name, call) of a caller
        self.by_name: dict[str, ir.Func] = {}
        # function literals that capture variables (those that do not are judged like
        # top-level functions): inlinable ones and their cost, which were reported, and
        # the literals each one calls (in the order gc's cost visitor meets them)
        self.closure_costs: dict[str, int] = {}
        self.judged: set[str] = set()
        self.called: dict[str, list[str]] = {}
        self.static = StaticFuncs({})
        self.uses: dict[str, int] = {}  # literal -> call sites resolved to it (gc's useCounts)
        self.captured: set[int] = set()  # caller's locals whose capturing literal was inlined
        self.closure_inlined = False  # a call of a func value was inlined: remove dead closures
        self.depth = 0  # > 0: inlining the calls a copied body revealed (reported level by level)
        self.site = NOPOS  # the call whose copied body is being revisited
        self.line = 0  # line value of the statement being visited (a copy's carry its inline record)

    def run(self) -> None:
        if self.pkg.path.startswith(NO_INLINE_PACKAGES):
            return
        funcs = [f for f in self.pkg.funcs if not f.intrinsic]
        allowed = gc_inlinable(self.pkg.path) if self.export_only else None
        self.by_name = {f.name: f for f in funcs}
        for comp in call_graph_order(funcs, self.pkg.funcvals):
            recursive = len(comp) > 1 or any(isinstance(x, ir.Call) and x.sym == comp[0].name for x in walk_nodes(comp[0].body))
            for f in comp:
                if self.closure(f):
                    # judged (and reported) with the function it belongs to, as gc does
                    if not self.export_only:
                        called: list[str] = []
                        cost = self.cost(f, CLOSURE_BUDGET, called)
                        self.called[f.name] = called
                        if not recursive and self.closure_eligible(f) and cost <= CLOSURE_BUDGET:
                            self.closure_costs[f.name] = cost
                    continue
                if not self.export_only and self.report is not None and not self.impossible(f):
                    called = []
                    self.cost(f, BUDGET, called)
                    for c in called:
                        self.judge(c, f)
                if recursive or not self.eligible(f):
                    self.judge_rest(f)
                    continue
                cost = self.cost(f)
                if DEBUG_COST:
                    sys.stderr.write(f"COST {display_name(self.pkg.path, f.name)} {cost}\n")
                if cost <= BUDGET and (allowed is None or display_name(self.pkg.path, f.name) in allowed):
                    self.costs[f.name] = cost
                    if self.report is not None and f.name_pos != NOPOS:
                        self.can.append((f.file, f.name_pos, f"can inline {display_name(self.pkg.path, f.name)}"))
                self.judge_rest(f)
            for f in comp:
                if not self.export_only or f.name in self.costs:
                    self.inline_calls(f)
            for f in comp:
                if f.name in self.costs:
                    self.inlinable[f.name] = f
        if not self.export_only:
            self.drop_unused_literals()
        if self.imported is not None:
            self.pkg.itabs.update(self.imported.itabs)
            self.pkg.funcvals.update(self.imported.funcvals)

    def drop_unused_literals(self) -> None:
        """A capturing literal whose every use was inlined is not compiled (gc drops it
        too, so it has no escape report); one that captures nothing stays, as in gc."""
        while True:
            used = {x.sym for f in self.pkg.funcs for x in walk_nodes(f.body) if isinstance(x, ir.MakeClosure)}
            dead = [f for f in self.pkg.funcs if self.closure(f) and f.name not in used]
            if not dead:
                return
            gone = {id(f) for f in dead}
            self.pkg.funcs = [f for f in self.pkg.funcs if id(f) not in gone]

    def exportable(self) -> dict[str, tuple[ir.Func, int, list[tuple[str, int]]]]:
        """The package's inlinable functions: symbol -> (function, cost, nested inlined calls)."""
        return {s: (f, self.costs[s], self.nested.get(s, [])) for s, f in self.inlinable.items()
                if not f.closure_parent and not any(isinstance(x, ir.MakeClosure) for x in walk_nodes(f.body))}

    # -- deciding ---------------------------------------------------------

    def impossible(self, f: ir.Func) -> bool:
        """gc's InlineImpossible: refused before looking at the body."""
        return "go:noinline" in f.pragmas or "go:norace" in f.pragmas or "go:uintptrescapes" in f.pragmas

    def eligible(self, f: ir.Func) -> bool:
        if self.impossible(f):
            return False
        if f.name.endswith(".init") or ".init." in f.name or f.name_pos == NOPOS:
            return False
        if any(lc.capture_index >= 0 for lc in f.locals):
            return False
        for x in walk_nodes(f.body):
            # a literal of f may be copied with it (its captured variables are then the
            # copies of f's); any other closure (go and defer thunks, method values) is not
            if isinstance(x, ir.MakeClosure) and (f.closure_parent or self.literal_of(x.sym) is not f):
                return False
            if isinstance(x, ir.Call) and any(w in x.sym for w in STACK_SENSITIVE + ("newproc",)):
                return False
        return True

    def literal_of(self, sym: str) -> ir.Func | None:
        """The function a function literal sym appears in."""
        g = self.by_name.get(sym)
        return self.by_name.get(g.closure_parent) if g is not None and g.closure_parent else None

    def closure(self, f: ir.Func) -> bool:
        """Whether f is a function literal that captures variables: gc judges and inlines
        those with the function they belong to, after it (a literal that captures
        nothing is an ordinary function, judged first)."""
        return bool(f.closure_parent) and any(lc.capture_index >= 0 for lc in f.locals)

    def root(self, f: ir.Func) -> ir.Func:
        """The function whose list a capturing literal is in: its nearest enclosing
        function that is not itself a capturing literal."""
        while self.closure(f) and f.closure_parent in self.by_name:
            f = self.by_name[f.closure_parent]
        return f

    def closure_eligible(self, f: ir.Func) -> bool:
        """A literal that creates no other literal (gc would clone it) and has nothing
        that stops inlining."""
        for x in walk_nodes(f.body):
            if isinstance(x, ir.MakeClosure):
                return False
            if isinstance(x, ir.SymAddr) and x.sym in self.pkg.funcvals:
                g = self.by_name.get(self.pkg.funcvals[x.sym])
                if g is not None and g.closure_parent:
                    return False
            if isinstance(x, ir.Call) and any(w in x.sym for w in STACK_SENSITIVE):
                return False
        return "go:noinline" not in f.pragmas

    def judge(self, sym: str, root: ir.Func) -> None:
        """Report a capturing literal of root as inlinable, after the literals its own cost
        visit meets (gc decides a literal when it first sees a call of it)."""
        f = self.by_name.get(sym)
        if f is None or sym in self.judged or not self.closure(f) or self.root(f) is not root:
            return
        self.judged.add(sym)
        for c in self.called.get(sym, []):
            self.judge(c, root)
        if sym in self.closure_costs and self.report is not None:
            self.can.append((f.file, f.name_pos, f"can inline {display_name(self.pkg.path, sym)}"))

    def judge_rest(self, root: ir.Func) -> None:
        """Judge root's capturing literals not met yet, in the order they appear."""
        if self.export_only or self.report is None:
            return
        mine = [f for f in self.by_name.values() if self.closure(f) and self.root(f) is root]
        for f in sorted(mine, key=lambda f: literal_path(f.name, root.name)):
            self.judge(f.name, root)

    def order_key(self, f: ir.Func) -> tuple[int, int, tuple[int, ...], int, tuple[int, ...]]:
        """Where f's inlining reports go: gc handles a literal that captures nothing as a
        function of its own, before its top-level function (innermost first), and the
        capturing literals after the function whose list they are in."""
        top = f
        while top.closure_parent in self.by_name:
            top = self.by_name[top.closure_parent]
        line = 0 if top.name.endswith(".init") else top.pos.line if top.pos != NOPOS else 1 << 30
        root = self.root(f)
        rkey = (line, 1, ()) if root is top else (line, 0, (*literal_path(root.name, top.name), 1 << 30))
        if root is f:
            return (*rkey, 0, ())
        return (*rkey, 1, literal_path(f.name, root.name))

    def cost(self, f: ir.Func, budget: int = BUDGET, called: list[str] | None = None) -> int:
        """gc's budget counts nodes of its tree; our lowered IR has about two nodes for
        each of them (measured over the e2e programs), so nodes count half. called
        collects the literals f's calls certainly call, as far as the visit goes."""
        calls = 0
        nodes = 0
        static: StaticFuncs | None = None
        for x in walk_nodes(f.body):
            if isinstance(x, FREE):
                continue
            if isinstance(x, ir.Call) and x.closure is not None:
                if static is None:
                    static = StaticFuncs(self.pkg.funcvals)
                    static.scan(f.body)
                r = static.resolve(x.closure)
                if r is not None and called is not None:
                    called.append(r[0])
                if r is not None and self.closure_costs.get(r[0], CLOSURE_BUDGET + 1) <= 2 * BUDGET:
                    calls += self.closure_costs[r[0]]
                elif r is not None and r[0] in self.costs:
                    calls += self.costs[r[0]]
                else:
                    calls += PARAM_CALL_COST if static.is_param(x.closure) else CALL_COST
            elif isinstance(x, ir.Call) and (x.sym or x.fn is not None):
                if x.sym in self.costs:
                    calls += self.costs[x.sym]
                elif x.sym.startswith("runtime."):
                    calls += 1  # an operation gc's tree has as one node (lowered to a call later)
                else:
                    calls += CALL_COST
            else:
                nodes += 1
                if isinstance(x, ir.MakeClosure):
                    calls += CLOSURE_COST
            if calls + nodes // 2 > budget and not DEBUG_COST:
                break
        return calls + nodes // 2

    # -- rewriting --------------------------------------------------------

    def flush(self) -> None:
        if self.out is not None:
            for file, pos, text in [*self.can, *(r for _, b in sorted(self.blocks, key=lambda b: b[0]) for r in b)]:
                self.out(file, pos, text)

    def inline_calls(self, f: ir.Func) -> None:
        self.block = []
        self.blocks.append((self.order_key(f), self.block))
        devirtualize(f, self.pkg, self.report)
        self.caller = f
        self.next_label = 1 + max((lbl for x in walk_nodes(f.body) for lbl in [label_of(x)] if lbl is not None), default=0)
        self.static = StaticFuncs(self.pkg.funcvals)
        self.static.scan(f.body)
        self.captured = set()
        self.closure_inlined = False
        f.body = self.stmts(f.body)
        if self.closure_inlined:
            remove_dead_closures(f, self.static, self.captured)
        # gc reports the calls inlined inside inlined bodies level by level, after the first
        if self.report is not None:
            for _depth, file, pos, text in sorted(self.pending, key=lambda p: p[0]):
                self.report(file, pos, text)
        self.pending = []
        self.clones = set()

    def stmts(self, ss: list[ir.Stmt]) -> list[ir.Stmt]:
        out: list[ir.Stmt] = []
        for s in ss:
            if isinstance(s, ir.Line):
                self.line = s.line
            out.append(self.stmt(s))
        return out

    def stmt(self, s: ir.Stmt) -> ir.Stmt:
        if isinstance(s, ir.AssignCall):
            s.call.args = [self.expr(a) for a in s.call.args]
            self.children(s.call, skip_args=True)
            callee = self.target(s.call)
            if callee is None:
                return s
            pre, results = self.expand(s.call, *callee)
            for d, r in zip(s.dsts, results, strict=True):
                if d is not None:
                    pre.append(ir.Assign(self.expr(d), ir.LocalRef(r.type, r)))
            return ir.Block(pre)
        if isinstance(s, ir.ExprStmt) and isinstance(s.x, ir.Call) and isinstance(s.x.type, Tuple):
            s.x.args = [self.expr(a) for a in s.x.args]  # results discarded: fmt.Println(x)
            self.children(s.x, skip_args=True)
            callee = self.target(s.x)
            if callee is None:
                return s
            return ir.Block(self.expand(s.x, *callee)[0])
        self.children(s)
        return s

    def children(self, x: object, skip_args: bool = False) -> None:
        for name in ir.field_names(x):
            if skip_args and name == "args":
                continue
            v = getattr(x, name)
            if isinstance(v, ir.Expr):
                setattr(x, name, self.expr(v))
            elif isinstance(v, ir.Stmt):
                setattr(x, name, self.stmt(v))
            elif isinstance(v, list) and v:
                if isinstance(v[0], ir.Stmt):
                    setattr(x, name, self.stmts(v))
                elif isinstance(v[0], ir.Expr):
                    setattr(x, name, [self.expr(e) for e in v])

    def expr(self, e: ir.Expr) -> ir.Expr:
        self.children(e)
        if isinstance(e, ir.Call):
            callee = self.target(e)
            if callee is not None and (len(callee[0].results) <= 1):
                pre, results = self.expand(e, *callee)
                value: ir.Expr = ir.LocalRef(results[0].type, results[0]) if results else ir.Make(Tuple([]), [])
                return ir.Seq(e.type, pre, value)
        return e

    def target(self, c: ir.Call) -> tuple[ir.Func, list[ir.Local]] | None:
        """The function call c inlines, and the caller's locals its body's captured
        variables are (a function literal's)."""
        if c.closure is not None:
            return self.closure_target(c)
        if not c.sym or c.fn is not None or self.depth:
            return None
        callee = self.inlinable.get(c.sym)
        if callee is None and self.imported is not None and c.sym in self.imported.costs:
            callee = self.imported.func(c.sym)
        if callee is None or callee is self.caller or len(callee.params) != len(c.args):
            return None
        return callee, []

    def closure_target(self, c: ir.Call) -> tuple[ir.Func, list[ir.Local]] | None:
        """A call of a func value that is certainly a known function (gc's StaticValue):
        a literal whose captured variables are the caller's locals, or a function."""
        assert c.closure is not None
        if self.export_only:
            return None
        r = self.static.resolve(c.closure)
        if r is None:
            return None
        sym, caps = r
        callee = self.by_name.get(sym)
        if callee is None or callee is self.caller or len(callee.params) != len(c.args):
            return None
        if sym in self.inlinable:
            self.closure_inlined = True
            return callee, []
        cost = self.closure_costs.get(sym)
        if cost is None:
            return None
        mine = {id(lc) for lc in self.caller.locals}
        if any(id(lc) not in mine for lc in caps) or len(caps) != sum(lc.capture_index >= 0 for lc in callee.locals):
            return None  # captured in another frame (gc does not inline across closure frames)
        self.uses[sym] = self.uses.get(sym, 0) + 1
        if cost > 2 * BUDGET and (cost > CLOSURE_BUDGET or self.uses[sym] > 1):
            return None
        self.closure_inlined = True
        return callee, caps

    def clone_judged(self, sym: str, depth: int, seen: set[str]) -> list[tuple[int, str, Pos, str]]:
        """gc copies the literals of a function it inlines and judges each copy when it
        first inlines a call of it: the "can inline" line of a literal of another
        function, once per copy (seen: the literals of this copy already judged)."""
        f = self.by_name.get(sym)
        if f is None or not self.closure(f) or self.root(f) is self.root(self.caller) or sym in seen:
            return []
        if depth == 0:
            if sym in self.clones:
                return []
            self.clones.add(sym)
        seen.add(sym)
        return [(depth, f.file, f.name_pos, f"can inline {display_name(self.pkg.path, sym)}")]

    def inner_reports(self, inner: list[tuple[str, int]], depth: int, site: Pos) -> list[tuple[int, str, Pos, str]]:
        """The reports of the calls inlined in a copied body (at gc's later levels)."""
        out: list[tuple[int, str, Pos, str]] = []
        seen: set[str] = set()
        for s, d in inner:
            out.extend(self.clone_judged(s, depth + d, seen))
            out.append((depth + d, self.caller.file, site, f"inlining call to {display_name(self.pkg.path, s)}"))
        return out

    def expand(self, c: ir.Call, callee: ir.Func, caps: list[ir.Local]) -> tuple[list[ir.Stmt], list[ir.Local]]:
        """The statements of an inlined copy of callee for call c, and its result
        variables; caps are the caller's locals a literal's captured variables stand for."""
        if callee.results:
            r = callee.results[0]
            self.results[id(c)] = "~r0" if r.name.startswith("~") or r.name == "_" else r.name
        inner = self.nested.get(callee.name, [])
        self.nested.setdefault(self.caller.name, []).extend([(callee.name, 1), *((s, d + 1) for s, d in inner)])
        if self.report is not None:
            text = f"inlining call to {display_name(self.pkg.path, callee.name)}"
            file = self.caller.file
            if self.depth and file:
                self.pending.extend(self.clone_judged(callee.name, self.depth, set()))
                self.pending.append((self.depth, file, self.site, text))
                self.pending.extend(self.inner_reports(inner, self.depth, self.site))
            elif c.lparen != NOPOS and file:
                for _, cfile, cpos, ctext in self.clone_judged(callee.name, 0, set()):
                    self.report(cfile, cpos, ctext)
                self.report(file, c.lparen, text)
                self.pending.extend(self.inner_reports(inner, 0, c.lparen))  # gc re-inlines them here
            elif self.caller.pos == NOPOS and self.caller.file:
                self.report("<autogenerated>", Pos(1, 0), text)  # a method wrapper
        site = c.lparen if c.lparen != NOPOS else c.pos
        cp = Copier(self.caller, site, self.next_label)
        # a call inside a copied body sits in that copy's inline record
        cp.enter(callee, site.line | (self.line & ~ir.LINE_MASK) if self.depth else site.line)
        for lc in callee.locals:
            if lc.capture_index >= 0:
                cp.locals[lc.id] = caps[lc.capture_index]
                self.captured.add(caps[lc.capture_index].id)
        params = [cp.local(p) for p in callee.params]
        results = [cp.local(r) for r in callee.results]
        end = cp.new_label()
        cp.returns = (results, end)
        pre: list[ir.Stmt] = []
        for p, a in zip(params, c.args, strict=True):
            pre.append(ir.Declare(p))
            pre.append(ir.Assign(ir.LocalRef(p.type, p), a, user=True))
        for r in results:
            pre.append(ir.Declare(r))
        body = cp.stmts(callee.body)
        if body and isinstance(body[-1], ir.Goto) and body[-1].label == end:
            body.pop()  # the final return falls through
            cp.jumps -= 1
        pre.extend(body)
        if cp.jumps:
            pre.append(ir.Label(end))
        self.next_label = cp.next_label
        self.static.immediate.update(p.id for p in params)
        if len(results) == 1 and sum(isinstance(s, ir.Return) for s in walk_nodes(callee.body)) == 1:
            self.static.results.add(results[0].id)
        self.static.scan(pre)
        if any(isinstance(x, ir.Call) and x.closure is not None for x in walk_nodes(callee.body)):
            # the copy may call a func value now known (a literal passed as argument)
            depth, where = self.depth, self.site
            self.depth, self.site = depth + 1, where if depth else (c.lparen if c.lparen != NOPOS else c.pos)
            line = self.line
            pre = self.stmts(pre)
            self.depth, self.site, self.line = depth, where, line
        return pre, results


def literal_path(sym: str, outer: str) -> tuple[int, ...]:
    """The numbers naming literal sym inside function outer (outer.func2.1 -> (2, 1)),
    which order literals as they appear in the source."""
    rest = sym[len(outer):] if sym.startswith(outer + ".") else ""
    nums: list[int] = []
    for part in rest.split(".")[1:]:
        part = part.removeprefix("func")
        if not part.isdigit():
            break
        nums.append(int(part))
    return tuple(nums)


def label_of(x: object) -> int | None:
    if isinstance(x, (ir.Loop, ir.Break, ir.Continue, ir.Label, ir.Goto, ir.Breakable)):
        return x.label
    return None


class Copier:
    """Copies a callee's body into a caller: fresh locals and labels."""

    def __init__(self, caller: ir.Func, site: Pos, next_label: int) -> None:
        self.caller = caller
        self.site = site
        self.next_label = next_label
        self.locals: dict[int, ir.Local] = {}
        self.labels: dict[int, int] = {}
        self.returns: tuple[list[ir.Local], int] = ([], 0)
        self.jumps = 0  # gotos to the end emitted
        self.inl: dict[int, int] = {0: 0}  # callee's inline record -> caller's

    def enter(self, callee: ir.Func, site: int) -> None:
        """Add callee, called at line value site of the caller, to the caller's inline
        tree, with the records of what callee itself inlined below it."""
        self.caller.inlines.append((callee.name, callee.file, site))
        self.inl = {0: len(self.caller.inlines)}
        for j, (name, file, parent) in enumerate(callee.inlines, 1):
            self.caller.inlines.append((name, file, self.remap(parent)))
            self.inl[j] = len(self.caller.inlines)

    def remap(self, value: int) -> int:
        """A line value of the callee in the caller's coordinates."""
        return (value & ir.LINE_MASK) | self.inl[value >> ir.INL_SHIFT] << ir.INL_SHIFT

    def new_label(self) -> int:
        self.next_label += 1
        return self.next_label - 1

    def label(self, old: int) -> int:
        lbl = self.labels.get(old)
        if lbl is None:
            lbl = self.labels[old] = self.new_label()
        return lbl

    def local(self, old: ir.Local) -> ir.Local:
        lc = self.locals.get(old.id)
        if lc is None:
            lc = ir.Local(old.name, old.type, len(self.caller.locals))
            lc.addr_taken = old.addr_taken
            lc.in_frame = old.in_frame
            lc.pos = old.pos
            self.caller.locals.append(lc)
            self.locals[old.id] = lc
        return lc

    def stmts(self, ss: list[ir.Stmt]) -> list[ir.Stmt]:
        out: list[ir.Stmt] = []
        for s in ss:
            if isinstance(s, ir.Line):
                out.append(ir.Line(self.remap(s.line)))  # lines of the callee's file
                continue
            if isinstance(s, ir.Return):
                results, end = self.returns
                if not s.values:
                    pass  # named results, already assigned
                elif len(s.values) == 1 and len(results) > 1:
                    call = self.copy(s.values[0])
                    assert isinstance(call, ir.Call)
                    out.append(ir.AssignCall([ir.LocalRef(r.type, r) for r in results], call))
                else:
                    for r, v in zip(results, s.values, strict=True):
                        cv = self.copy(v)
                        assert isinstance(cv, ir.Expr)
                        out.append(ir.Assign(ir.LocalRef(r.type, r), cv, user=True))
                out.append(ir.Goto(end))
                self.jumps += 1
                continue
            c = self.copy(s)
            assert isinstance(c, ir.Stmt)
            out.append(c)
        return out

    def copy(self, x: object) -> object:
        if isinstance(x, list):
            if x and isinstance(x[0], ir.Stmt):
                return self.stmts(x)
            return [self.copy(v) for v in x]
        if isinstance(x, ir.Local):
            return self.local(x)
        if not isinstance(x, (ir.Expr, ir.Stmt)):
            return x
        vals = {f.name: self.copy(getattr(x, f.name)) for f in fields(x)}  # type: ignore[arg-type]
        if label_of(x) is not None:
            vals["label"] = self.label(vals["label"])  # type: ignore[arg-type]
        if isinstance(x, ir.Call) and x.what and x.fn is None:
            vals["pos"] = self.site  # gc reports an inlined allocation at the call
        if isinstance(x, ir.Call):
            vals["lparen"] = NOPOS
        return type(x)(**vals)


def name_boxed_calls(pkg: ir.Package, results: dict[int, str]) -> None:
    """Give the boxings of call results their -m text: the result variable of an inlined
    call (``~r0``), else the call (``f(x)``)."""
    for alloc, call, text in pkg.boxed_calls:
        alloc.what = results.get(id(call), text)


def inline_package(pkg: ir.Package, report: Report | None = None, imported: Imported | None = None,
                   export_only: bool = False) -> Inliner:
    inliner = Inliner(pkg, report, imported, export_only)
    inliner.run()
    inliner.flush()
    return inliner
