"""Support for inlining calls of function literals: which closure a call of a func value
certainly calls, and removing the closure objects that inlining left unused.

A call ``f(x)`` has a static callee when ``f`` is, through locals assigned exactly once
(and never addressed), a function literal's closure (``ir.MakeClosure``, or the static
closure of a literal that captures nothing) or a top-level function's static closure;
this is gc's ``ir.StaticValue``. The captured variables of the literal are then the
caller's own locals, which the inlined body reads and writes directly. Once every call
is inlined, the closure object has no use left: its creation is deleted, and a variable
that was in a heap cell only because the closure captured it becomes an ordinary local
(so gc's ``moved to heap`` disappears, as it does with gc).
"""

from __future__ import annotations

from pogo.compile.ir import nodes as ir
from pogo.compile.ir.escape import walk_nodes


class StaticFuncs:
    """The single assignments of a function's locals, kept up to date as inlined copies
    add statements, and the static callees they give to calls of func values."""

    def __init__(self, funcvals: dict[str, str]) -> None:
        self.funcvals = funcvals  # static closure symbol -> function symbol
        self.count: dict[int, int] = {}
        self.value: dict[int, ir.Assign] = {}  # the assignment (its source may be rewritten later)
        self.redeclared: set[int] = set()  # per-iteration loop variables: a new cell each iteration
        # result variables of inlined copies: their zeroing at the body's start is not an
        # assignment that matters (the copy's value is read only after a return set it)
        self.results: set[int] = set()
        # parameters of inlined copies: assigned where the copy starts, so in the same loop
        # iteration as every use (as is a call's ~fn temporary)
        self.immediate: set[int] = set()

    def scan(self, root: object) -> None:
        for node in walk_nodes(root):
            if isinstance(node, ir.Assign) and isinstance(node.dst, ir.LocalRef):
                lid = node.dst.local.id
                if lid in self.results and _is_zero(node.src):
                    continue
                self.count[lid] = self.count.get(lid, 0) + 1
                self.value[lid] = node
            elif isinstance(node, ir.AssignCall):
                for d in node.dsts:
                    if isinstance(d, ir.LocalRef):
                        self.count[d.local.id] = 2
            elif isinstance(node, ir.Redeclare):
                self.redeclared.add(node.local.id)

    def is_param(self, e: ir.Expr) -> bool:
        """Whether a call's func value is a parameter or captured variable."""
        for _ in range(50):
            if isinstance(e, (ir.NilCheck, ir.Convert)):
                e = e.x
            elif isinstance(e, ir.LocalRef) and e.local.name.startswith("~fn") and self.count.get(e.local.id) == 1:
                e = self.value[e.local.id].src
            else:
                break
        return isinstance(e, ir.LocalRef) and (e.local.param_index >= 0 or e.local.capture_index >= 0)

    def resolve(self, e: ir.Expr, pure: bool = False) -> tuple[str, list[ir.Local]] | None:
        """The function a func value certainly is, and the caller's locals its closure
        captures (in capture order); None when not known. With pure, only through
        expressions without side effects (the value may be discarded)."""
        through_local = False
        for _ in range(50):
            if isinstance(e, (ir.NilCheck, ir.Convert)):
                e = e.x
            elif isinstance(e, ir.LocalRef):
                lc = e.local
                if lc.addr_taken or lc.capture_index >= 0 or self.count.get(lc.id) != 1:
                    return None
                e = self.value[lc.id].src
                through_local = through_local or not (lc.name.startswith("~fn") or lc.id in self.immediate)
            elif isinstance(e, ir.Seq) and not pure:
                e = e.value
            elif isinstance(e, ir.SymAddr):
                sym = self.funcvals.get(e.sym)
                return (sym, []) if sym is not None else None
            elif isinstance(e, ir.MakeClosure):
                caps: list[ir.Local] = []
                for c in e.captures:
                    if not (isinstance(c, ir.AddrOf) and isinstance(c.target, ir.LocalRef)):
                        return None
                    lc = c.target.local
                    if through_local and lc.id in self.redeclared:
                        return None  # the closure may hold an earlier iteration's variable
                    caps.append(lc)
                return e.sym, caps
            else:
                return None
        return None


def _is_zero(e: ir.Expr) -> bool:
    return isinstance(e, ir.Nil) or isinstance(e, ir.Const) and not e.value


def remove_dead_closures(fn: ir.Func, static: StaticFuncs, captured: set[int]) -> None:
    """Delete the assignments of closures to locals nothing reads any more, then turn
    the captured locals in ``captured`` whose address is no longer taken anywhere back
    into ordinary locals."""
    while True:
        reads: dict[int, int] = {}
        for node in walk_nodes(fn.body):
            if isinstance(node, ir.Assign) and isinstance(node.dst, ir.LocalRef):
                lid = node.dst.local.id  # the destination is not a read
                reads[lid] = reads.get(lid, 0) - 1
            elif isinstance(node, ir.LocalRef):
                reads[node.local.id] = reads.get(node.local.id, 0) + 1
        dead: set[int] = set()
        for node in walk_nodes(fn.body):
            if isinstance(node, ir.Assign) and isinstance(node.dst, ir.LocalRef):
                lc = node.dst.local
                # a value resolve() knows is built without side effects and is not nil
                if (not reads.get(lc.id) and not lc.addr_taken and lc.capture_index < 0 and lc.param_index < 0
                        and lc.result_index < 0 and static.count.get(lc.id) == 1 and static.resolve(node.src, pure=True) is not None):
                    dead.add(id(node))
        if not dead:
            break
        _drop(fn.body, dead)
        static.count = {}
        static.value = {}
        static.scan(fn.body)
    addressed: set[int] = set()
    for node in walk_nodes(fn.body):
        if isinstance(node, ir.AddrOf) and isinstance(node.target, ir.LocalRef):
            addressed.add(node.target.local.id)
    for lc in fn.locals:
        if lc.id in captured and lc.addr_taken and lc.id not in addressed and lc.capture_index < 0:
            lc.addr_taken = False


def _drop(stmts: list[ir.Stmt], dead: set[int]) -> None:
    """Remove the statements whose ids are in dead, at any depth."""
    stack: list[object] = [stmts]
    while stack:
        x = stack.pop()
        if isinstance(x, list):
            if x and isinstance(x[0], ir.Stmt):
                x[:] = [s for s in x if id(s) not in dead]
            stack.extend(x)
            continue
        if isinstance(x, (ir.Expr, ir.Stmt)):
            for name in ir.field_names(x):
                v = getattr(x, name)
                if isinstance(v, (list, ir.Expr, ir.Stmt)):
                    stack.append(v)
