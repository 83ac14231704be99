"""Escape analysis: which address-taken locals and ``new``/``&T{}``/boxing allocations
may live in the stack frame instead of the heap.

Per function, every value that can hold a pointer is a location in a flow graph; an
edge ``src -> dst (derefs)`` says that ``src`` (its address when derefs is -1, the
value it points to when derefs is 1, ...) is stored in ``dst``. A location whose
address reaches a location that outlives it (the heap, a result, a variable of an
outer loop iteration) escapes, and then everything whose address reaches *it*
escapes too. Parameters get leak summaries (to the heap or to a result, with a
dereference count) that make calls within the package precise; calls of anything
else make their arguments escape. Functions are analysed callees first (Tarjan's
strongly connected components, as gc does); calls inside a cycle are treated as
unknown. The decisions are applied by rewriting the IR: a non-escaping local loses
its heap cell (``Local.in_frame``), a non-escaping allocation becomes a zeroed frame
temporary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pogo.compile.ir import nodes as ir
from pogo.compile.ir import slicebuf
from pogo.compile.types.types import Array, Basic, Kind, Struct, Tuple, Type, sizeof

HEAP_KIND, RESULT_KIND, PARAM_KIND, LOCAL_KIND, ALLOC_KIND = range(5)
MAX_IMPLICIT = 64 * 1024  # largest new/&T{}/boxed object kept in a frame (gc's limit)
MAX_VAR = 128 * 1024  # largest address-taken variable kept in a frame (gc's limit)
APPEND_BUF = 32  # bytes of the frame buffer backing a non-escaping append's first growth (gc's)
COMPARE_OPS = {"==", "!=", "<", "<=", ">", ">=", "&&", "||"}
# runtime helpers that neither keep nor return their pointer arguments (concatenation
# returns an operand only when its data is not on the stack)
NOESCAPE_RUNTIME = {
    "runtime.printint", "runtime.printuint", "runtime.printfloat", "runtime.printcomplex",
    "runtime.printbool", "runtime.printstring", "runtime.printpointer", "runtime.printsp",
    "runtime.printnl", "runtime.printlock", "runtime.printunlock", "runtime.printeface",
    "runtime.printiface", "runtime.printslice", "runtime.cmpstring", "runtime.memequal",
    "runtime.strequal", "runtime.panicIndex", "runtime.panicSlice", "runtime.panicdivide",
    "runtime.panicmem", "runtime.panicshift", "runtime.panicnildottype", "runtime.intstring",
    "runtime.slicebytetostring", "runtime.stringtoslicebyte", "runtime.stringtoslicerune",
    "runtime.slicerunetostring", "runtime.concatstring2", "runtime.efaceeq", "runtime.ifaceeq", "runtime.memhash",
    "runtime.eqstring", "runtime.decoderune",
}


def has_pointers(t: Type, depth: int = 0) -> bool:
    """Whether a value of type t can carry an address (uintptr counts: it may be
    converted back)."""
    tu = t.underlying()
    if isinstance(tu, Basic):
        return tu.kind in (Kind.STRING, Kind.UNSAFE_POINTER, Kind.UINTPTR, Kind.UNTYPED_STRING, Kind.UNTYPED_NIL)
    if depth > 50:
        return True
    if isinstance(tu, Array):
        return tu.length > 0 and has_pointers(tu.elem, depth + 1)
    if isinstance(tu, Struct):
        return any(has_pointers(f.type, depth + 1) for f in tu.fields)
    if isinstance(tu, Tuple):
        return any(has_pointers(v.type, depth + 1) for v in tu.vars)
    return True


class Loc:
    """A location of the flow graph."""

    __slots__ = ("kind", "depth", "escapes", "incoming", "local", "index", "heap_leak", "result_leak")

    def __init__(self, kind: int, depth: int, local: ir.Local | None = None, index: int = -1) -> None:
        self.kind = kind
        self.depth = depth
        self.escapes = kind == HEAP_KIND
        self.incoming: list[tuple[Loc, int]] = []
        self.local = local
        self.index = index  # the result number of a RESULT_KIND location
        self.heap_leak = -1  # PARAM_KIND: fewest dereferences on a path to the heap
        self.result_leak: dict[int, int] = {}  # PARAM_KIND: result number -> dereferences


Hole = tuple[Loc, int] | None


@dataclass(slots=True)
class Leaks:
    """A parameter's summary: its value (after ``heap`` dereferences) reaches the heap,
    and after ``results[r]`` dereferences result r; -1 for never."""

    heap: int = -1
    results: dict[int, int] = field(default_factory=dict)


@dataclass(slots=True)
class Alloc:
    """An allocation site found in a function."""

    call: ir.Call
    loc: Loc
    elem: Type


class FuncEscape:
    """The flow graph of one function and its solution."""

    def __init__(self, fn: ir.Func, summaries: dict[str, list[Leaks]], unknown: set[str]) -> None:
        self.fn = fn
        self.summaries = summaries
        self.unknown = unknown
        self.heap = Loc(HEAP_KIND, 0)
        self.locs: dict[int, Loc] = {}
        self.allocs: list[Alloc] = []
        self.bufs: list[Alloc] = []  # growslice sites that may take a frame buffer instead
        self.declared: set[int] = set()
        self.depth = 0
        for p in fn.params:
            self.locs[p.id] = Loc(PARAM_KIND, 0, p)
        for i, r in enumerate(fn.results):
            self.locs[r.id] = Loc(RESULT_KIND, 0, r, i)

    # -- building the graph -------------------------------------------------

    def loc(self, local: ir.Local) -> Loc:
        lc = self.locs.get(local.id)
        if lc is None:
            lc = Loc(LOCAL_KIND, self.depth, local)
            self.locs[local.id] = lc
        return lc

    def declare(self, local: ir.Local) -> None:
        lc = self.loc(local)
        if local.id not in self.declared:
            self.declared.add(local.id)
            lc.depth = self.depth
        else:
            lc.depth = max(lc.depth, self.depth)

    def edge(self, src: Loc, hole: Hole, derefs: int = 0) -> None:
        if hole is None:
            return
        dst, d = hole
        if dst is src and d + derefs >= 0:
            return
        dst.incoming.append((src, d + derefs))

    def to_heap(self) -> Hole:
        return (self.heap, 0)

    def stmts(self, ss: list[ir.Stmt]) -> None:
        saved = self.depth
        for s in ss:
            if isinstance(s, ir.Label) and s.label in self.loop_labels:
                self.depth += 1  # a backward goto target: what follows is a loop
            self.stmt(s)
        self.depth = saved

    def stmt(self, s: ir.Stmt) -> None:
        if isinstance(s, ir.Assign):
            self.assign(s.dst, s.src)
        elif isinstance(s, ir.AssignCall):
            holes = [self.dst_hole(d) for d in s.dsts]
            self.call(s.call, [h if d is not None and has_pointers(d.type) else None for h, d in zip(holes, s.dsts, strict=True)], s.dsts)
        elif isinstance(s, ir.ExprStmt):
            self.flow(s.x, None)
        elif isinstance(s, (ir.Declare, ir.Redeclare)):
            self.declare(s.local)
        elif isinstance(s, ir.If):
            self.flow(s.cond, None)
            self.stmts(s.then)
            self.stmts(s.else_)
        elif isinstance(s, ir.Loop):
            self.depth += 1
            if s.cond is not None:
                self.flow(s.cond, None)
            self.stmts(s.body)
            self.stmts(s.post)
            self.depth -= 1
        elif isinstance(s, (ir.Block, ir.Breakable)):
            self.stmts(s.stmts if isinstance(s, ir.Block) else s.body)
        elif isinstance(s, ir.Return):
            res = self.fn.results
            if len(s.values) == 1 and len(res) > 1 and isinstance(s.values[0], ir.Call):
                holes = [(self.locs[r.id], 0) if has_pointers(r.type) else None for r in res]
                self.call(s.values[0], holes, None)  # return f() of several results
                return
            for i, v in enumerate(s.values):
                r = res[i] if i < len(res) else None
                if r is None:
                    self.flow(v, self.to_heap())
                else:
                    self.flow(v, (self.locs[r.id], 0) if has_pointers(r.type) else None)

    def dst_hole(self, d: ir.Expr | None) -> Hole:
        """Where a value assigned to d goes (after evaluating d's address operands)."""
        if d is None:
            return None
        if isinstance(d, ir.LocalRef):
            if not has_pointers(d.local.type):
                return None
            if d.local.capture_index >= 0:
                # a variable of the enclosing function: its cell outlives this call
                return self.to_heap()
            lc = self.loc(d.local)
            if d.local.id not in self.declared and lc.kind == LOCAL_KIND:
                lc.depth = min(lc.depth, self.depth)
            return (lc, 0)
        if isinstance(d, ir.GlobalRef):
            return self.to_heap()
        if isinstance(d, ir.Load):
            self.flow(d.addr, None)
            base = self.base_of(d.addr)
            return (base, 0) if base is not None else self.to_heap()
        self.flow(d, None)
        return self.to_heap()

    def assign(self, dst: ir.Expr, src: ir.Expr) -> None:
        hole = self.dst_hole(dst)
        self.flow(src, hole if has_pointers(dst.type) else None)

    def base_of(self, addr: ir.Expr) -> Loc | None:
        """The location whose storage addr points into, when it is known statically."""
        for _ in range(100):
            if isinstance(addr, ir.Convert):
                addr = addr.x
            elif isinstance(addr, ir.PtrAdd):
                addr = addr.ptr
            elif isinstance(addr, ir.AddrOf):
                t = addr.target
                if not isinstance(t, ir.LocalRef) or t.local.capture_index >= 0:
                    return self.heap  # a captured variable's cell outlives this call
                return self.loc(t.local)
            elif isinstance(addr, ir.LocalRef):
                src = self.single.get(addr.local.id)
                if src is None:
                    return None
                addr = src
            elif isinstance(addr, ir.Call) and alloc_type(addr) is not None:
                a = self.alloc_of.get(id(addr))
                return a.loc if a is not None else None
            elif isinstance(addr, ir.Seq):
                addr = addr.value
            else:
                return None
        return None

    def flow(self, e: ir.Expr, hole: Hole) -> None:
        if isinstance(e, ir.LocalRef):
            self.edge(self.loc(e.local), hole)
        elif isinstance(e, ir.AddrOf):
            if isinstance(e.target, ir.LocalRef):
                self.edge(self.loc(e.target.local), hole, -1)
        elif isinstance(e, ir.Load):
            self.flow(e.addr, None if hole is None else (hole[0], hole[1] + 1))
        elif isinstance(e, (ir.Convert, ir.NilCheck, ir.Field, ir.Part, ir.MakeIface)):
            self.flow(e.x, hole)
        elif isinstance(e, ir.PtrAdd):
            self.flow(e.ptr, hole)
            self.flow(e.offset, None)
        elif isinstance(e, ir.Unary):
            self.flow(e.x, hole)
        elif isinstance(e, ir.Binary):
            h = None if e.op in COMPARE_OPS else hole
            self.flow(e.x, h)
            self.flow(e.y, h)
        elif isinstance(e, ir.Make):
            for p in e.parts:
                self.flow(p, hole)
        elif isinstance(e, ir.MakeClosure):
            for c in e.captures:
                self.flow(c, self.to_heap())
        elif isinstance(e, ir.Seq):
            self.stmts(e.stmts)
            self.flow(e.value, hole)
        elif isinstance(e, ir.Call):
            self.call(e, [hole], None)

    def call(self, c: ir.Call, holes: list[Hole], dsts: list[ir.Expr | None] | None) -> None:
        elem = alloc_type(c)
        if elem is not None:
            a = Alloc(c, Loc(ALLOC_KIND, self.depth), elem)
            self.allocs.append(a)
            self.alloc_of[id(c)] = a
            self.edge(a.loc, holes[0] if holes else None, -1)
            return
        if c.sym == "runtime.growslice" and len(c.args) == 5:
            self.grow(c, holes[0] if holes else None)
            return
        if c.fn is not None:
            self.flow(c.fn, None)
        if c.closure is not None:
            self.flow(c.closure, None)
        # the runtime's own summaries (loaded when the program imports runtime) are less
        # precise than what is known of these helpers
        quiet = c.sym in NOESCAPE_RUNTIME
        summary = self.summaries.get(c.sym) if c.sym and c.sym not in self.unknown and not quiet else None
        if summary is not None and len(summary) == len(c.args):
            for arg, lk in zip(c.args, summary, strict=True):
                if lk.heap >= 0:
                    self.flow(arg, (self.heap, lk.heap))
                for r, d in lk.results.items():
                    h = holes[r] if r < len(holes) else None
                    self.flow(arg, None if h is None else (h[0], h[1] + d))
                if lk.heap < 0 and not lk.results:
                    self.flow(arg, None)
            return
        for arg in c.args:
            self.flow(arg, None if quiet else self.to_heap())

    def grow(self, c: ir.Call, hole: Hole) -> None:
        """A fixed-count append's growth: the new backing store holds copies of the
        old one's elements (modelled, conservatively, as the old pointer itself), and
        is a fresh object that may instead live in a frame buffer when it stays local."""
        self.flow(c.args[0], hole)
        for arg in c.args[1:]:
            self.flow(arg, None)
        et = c.args[4].of if isinstance(c.args[4], ir.TypeAddr) else None
        if et is None or self.fn.name.startswith("runtime.") or not 0 < sizeof(et) <= APPEND_BUF:
            return
        # the buffer is taken at most once per call (a flag guards it), so no loop
        # level outlives it: depth 0
        buf = Alloc(c, Loc(ALLOC_KIND, 0), Array(et, APPEND_BUF // sizeof(et)))
        self.bufs.append(buf)
        self.edge(buf.loc, hole, -1)

    # -- solving ------------------------------------------------------------

    def build(self) -> None:
        self.single: dict[int, ir.Expr] = single_assignments(self.fn)
        self.alloc_of: dict[int, Alloc] = {}
        self.loop_labels = backward_labels(self.fn.body)
        self.stmts(self.fn.body)

    def solve(self) -> None:
        roots: list[Loc] = [self.heap]
        roots.extend(lc for lc in self.locs.values() if lc.kind == RESULT_KIND)
        deepest = max([lc.depth for lc in self.locs.values()] + [a.loc.depth for a in self.allocs] + [0])
        # only a location of an outer loop level can outlive another one
        roots.extend(lc for lc in self.locs.values() if lc.kind == LOCAL_KIND and lc.depth < deepest and lc.incoming)
        roots.extend(a.loc for a in self.allocs if a.loc.depth < deepest and a.loc.incoming)
        todo = list(reversed(roots))
        while todo:
            root = todo.pop()
            self.walk(root, todo)

    def outlives(self, root: Loc, lc: Loc) -> bool:
        if root.escapes or root.kind == RESULT_KIND:
            return True
        if lc.kind == PARAM_KIND:
            return False
        return root.depth < lc.depth

    def walk(self, root: Loc, todo: list[Loc]) -> None:
        dist: dict[int, int] = {id(root): 0}
        queue = [root]
        while queue:
            lc = queue.pop()
            d = dist[id(lc)]
            if d < 0:
                if not lc.escapes and self.outlives(root, lc):
                    lc.escapes = True
                    todo.append(lc)
                d = 0
            if lc.kind == PARAM_KIND and lc is not root:
                if root.escapes:
                    lc.heap_leak = d if lc.heap_leak < 0 else min(lc.heap_leak, d)
                elif root.kind == RESULT_KIND:
                    old = lc.result_leak.get(root.index)
                    lc.result_leak[root.index] = d if old is None else min(old, d)
            for src, e in lc.incoming:
                if root.escapes and src.escapes:
                    continue
                nd = d + e
                old = dist.get(id(src))
                if old is None or nd < old:
                    dist[id(src)] = nd
                    queue.append(src)

    def summary(self) -> list[Leaks]:
        out = []
        for p in self.fn.params:
            lc = self.locs[p.id]
            if lc.escapes or p.addr_taken and p.capture_index >= 0:
                out.append(Leaks(0))
                continue
            lk = Leaks(lc.heap_leak, dict(lc.result_leak))
            if lk.heap >= 0:
                lk.results = {r: d for r, d in lk.results.items() if d < lk.heap}
            out.append(lk)
        return out


def alloc_type(c: ir.Call) -> Type | None:
    """The type of the object a runtime allocation call makes, when known statically."""
    if c.sym == "runtime.newobject" and c.args and isinstance(c.args[0], ir.TypeAddr):
        return c.args[0].of
    if c.sym == "runtime.newarray" and len(c.args) == 2 and isinstance(c.args[0], ir.TypeAddr) and isinstance(c.args[1], ir.Const):
        n = c.args[1].value
        if isinstance(n, int) and 0 <= n < 1 << 20:
            return Array(c.args[0].of, n)
    return None


def backward_labels(body: list[ir.Stmt]) -> set[int]:
    """Labels that some goto after them (in program order) jumps back to."""
    seen: set[int] = set()
    out: set[int] = set()
    for node in walk_nodes(body):
        if isinstance(node, ir.Label):
            seen.add(node.label)
        elif isinstance(node, ir.Goto) and node.label in seen:
            out.add(node.label)
    return out


def assigned_once(fn: ir.Func) -> dict[int, ir.Expr]:
    """Locals with exactly one assignment (an Assign, not a multi-value AssignCall): its value."""
    count: dict[int, int] = {}
    value: dict[int, ir.Expr] = {}
    for node in walk_nodes(fn.body):
        if isinstance(node, ir.Assign) and isinstance(node.dst, ir.LocalRef):
            lid = node.dst.local.id
            count[lid] = count.get(lid, 0) + 1
            value[lid] = node.src
        elif isinstance(node, ir.AssignCall):
            for d in node.dsts:
                if isinstance(d, ir.LocalRef):
                    count[d.local.id] = 2
    return {lid: v for lid, v in value.items() if count[lid] == 1}


def single_assignments(fn: ir.Func) -> dict[int, ir.Expr]:
    """Compiler temporaries assigned exactly once: their value, so that stores through
    them can be traced back to the variable or allocation they point into."""
    temps = {lc.id for lc in fn.locals if lc.name.startswith("~") and not lc.addr_taken and lc.param_index < 0 and lc.result_index < 0}
    return {lid: v for lid, v in assigned_once(fn).items() if lid in temps}


def walk_nodes(root: object) -> Iterator[object]:
    """Every IR node below root (statements and expressions), parents first."""
    stack = [root]
    while stack:
        x = stack.pop()
        if isinstance(x, list):
            stack.extend(reversed(x))
            continue
        if not isinstance(x, (ir.Expr, ir.Stmt)):
            continue
        yield x
        for name in reversed(ir.field_names(x)):
            v = getattr(x, name)
            if isinstance(v, (list, ir.Expr, ir.Stmt)):
                stack.append(v)


def rewrite(root: list[ir.Stmt], fn: Callable[[ir.Expr], ir.Expr | None]) -> None:
    """Replace, in place, every expression e below root for which fn(e) is not None."""
    stack: list[object] = [root]
    while stack:
        x = stack.pop()
        if isinstance(x, list):
            for i, v in enumerate(x):
                if isinstance(v, ir.Expr):
                    r = fn(v)
                    if r is not None:
                        x[i] = v = r
                stack.append(v)
            continue
        if not isinstance(x, (ir.Expr, ir.Stmt)):
            continue
        for name in ir.field_names(x):
            v = getattr(x, name)
            if isinstance(v, ir.Expr):
                r = fn(v)
                if r is not None:
                    setattr(x, name, r)
                    v = r
                stack.append(v)
            elif isinstance(v, list):
                stack.append(v)


def zero_of(t: Type) -> ir.Expr:
    from pogo.compile.ir.build import zero_value

    return zero_value(t)


def apply(fe: FuncEscape) -> None:
    """Rewrite the function for the decisions taken."""
    fn = fe.fn
    found = exclusive_slices(fe)  # read before allocations are rewritten (literals)
    for lc in fe.locs.values():
        loc = lc.local
        if loc is None or not loc.addr_taken or loc.capture_index >= 0 or lc.escapes:
            continue
        if sizeof(loc.type) > MAX_VAR:
            lc.escapes = True
            continue
        loc.addr_taken = False
        loc.in_frame = True
    moved = {id(a.call): a for a in fe.allocs if not a.loc.escapes and sizeof(a.elem) <= MAX_IMPLICIT}
    for a in fe.allocs:
        if id(a.call) not in moved:
            a.loc.escapes = True
    if moved:
        def repl(e: ir.Expr) -> ir.Expr | None:
            a = moved.get(id(e))
            if a is None:
                return None
            tmp = ir.Local("~stk", a.elem, len(fn.locals))
            tmp.in_frame = True
            fn.locals.append(tmp)
            ref = ir.LocalRef(a.elem, tmp)
            return ir.Seq(e.type, [ir.Assign(ref, zero_of(a.elem))], ir.AddrOf(e.type, ir.LocalRef(a.elem, tmp)))

        rewrite(fn.body, repl)
    taken = buffer_slices(fn, found)
    if any(not a.loc.escapes for a in fe.bufs):
        use_buffers(fn, {k: a for k, a in first_per_variable(fe).items() if k not in taken})


def exclusive_slices(fe: FuncEscape) -> list[slicebuf.SliceVar]:
    """gc's second strategy (ir/slicebuf.py): the slice variables that escape at one
    known point and may keep their backing store in a frame buffer until then."""
    if fe.fn.name.startswith("runtime."):
        return []

    def leaks(c: ir.Call, i: int) -> bool:
        summary = fe.summaries.get(c.sym) if c.sym not in fe.unknown else None
        if summary is None or len(summary) != len(c.args):
            return True
        return summary[i].heap >= 0 or bool(summary[i].results)

    return slicebuf.Finder(fe.fn, leaks).run()


def buffer_slices(fn: ir.Func, found: list[slicebuf.SliceVar]) -> set[int]:
    """Apply exclusive_slices' findings; returns the growslice calls taken over."""
    from pogo.compile.types import universe as u

    if not found:
        return set()
    flags: list[ir.Stmt] = []

    def strategy1(st: ir.AssignCall, buf: ir.Local) -> ir.Stmt:
        return buffered_grow(fn, st, buf, flags, u.BOOL, u.INT, u.UNSAFE_POINTER)

    taken = slicebuf.lower(fn, found, strategy1)
    fn.body[0:0] = flags
    return taken


def first_per_variable(fe: FuncEscape) -> dict[int, Alloc]:
    """The non-escaping growth sites that get a buffer: as gc, one buffer per appended-to
    variable, for its first append site in source order (any other expression is its own
    key)."""
    by_call = {id(a.call): a for a in fe.bufs}
    src_of: dict[int, int] = {}  # ~ptr temporary -> the ~s temporary it was loaded from
    calls: list[ir.Call] = []
    for node in walk_nodes(fe.fn.body):
        if isinstance(node, ir.Assign) and isinstance(node.dst, ir.LocalRef) and isinstance(node.src, ir.Part) \
                and node.src.index == 0 and isinstance(node.src.x, ir.LocalRef):
            src_of.setdefault(node.dst.local.id, node.src.x.local.id)
        elif isinstance(node, ir.AssignCall) and id(node.call) in by_call:
            calls.append(node.call)
    seen: set[int] = set()
    out: dict[int, Alloc] = {}
    for c in calls:
        key = -1 - id(c)
        p = c.args[0]
        if isinstance(p, ir.LocalRef) and p.local.id in src_of:
            v = fe.single.get(src_of[p.local.id])
            while isinstance(v, ir.Convert):
                v = v.x
            if isinstance(v, ir.LocalRef) and not v.local.name.startswith("~"):
                key = v.local.id
        if key in seen:
            continue
        seen.add(key)
        a = by_call[id(c)]
        if not a.loc.escapes:
            out[id(c)] = a
    return out


def use_buffers(fn: ir.Func, bufs: dict[int, Alloc]) -> None:
    """Give each non-escaping append growth site gc's frame buffer: on its first growth
    from an empty slice to at most K elements (once per call) the result is buf[:n:K]
    instead of a growslice."""
    from pogo.compile.types import universe as u

    flags: list[ir.Stmt] = []
    lists: list[list[ir.Stmt]] = [fn.body]
    for node in walk_nodes(fn.body):
        lists.extend(v for v in (getattr(node, name) for name in ir.field_names(node)) if isinstance(v, list))
    for lst in lists:
        for i, st in enumerate(lst):
            if isinstance(st, ir.AssignCall) and id(st.call) in bufs:
                buf = ir.Local("~stk", bufs[id(st.call)].elem, len(fn.locals))
                buf.in_frame = True
                fn.locals.append(buf)
                lst[i] = buffered_grow(fn, st, buf, flags, u.BOOL, u.INT, u.UNSAFE_POINTER)
    fn.body[0:0] = flags


def fresh(e: ir.Expr) -> ir.Expr:
    """A second use of a temporary's value: its own node."""
    return ir.LocalRef(e.type, e.local) if isinstance(e, ir.LocalRef) else e


def buffered_grow(fn: ir.Func, st: ir.AssignCall, buf: ir.Local, flags: list[ir.Stmt], tbool: Type, tint: Type,
                  tptr: Type) -> ir.Stmt:
    """``if newLen <= K && !used && oldLen == 0 { buf = {}; p, c = &buf, K; used = true } else { growslice }``
    with buf a ``[K]T`` frame local."""
    arr = buf.type
    assert isinstance(arr, Array)
    used = ir.Local("~used", tbool, len(fn.locals))
    fn.locals.append(used)
    flags.append(ir.Assign(ir.LocalRef(tbool, used), ir.Const(tbool, False)))
    old, newlen = (fresh(x) for x in (st.call.args[1], st.call.args[3]))
    k = ir.Const(tint, arr.length)
    cond = ir.Binary(tbool, "&&", ir.Binary(tbool, "&&", ir.Binary(tbool, "<=", newlen, k, tint),
                                            ir.Unary(tbool, "!", ir.LocalRef(tbool, used)), tbool),
                     ir.Binary(tbool, "==", old, ir.Const(tint, 0), tint), tbool)
    then: list[ir.Stmt] = [ir.Assign(ir.LocalRef(arr, buf), zero_of(arr))]
    ptr, cap = st.dsts
    if ptr is not None:
        then.append(ir.Assign(ptr, ir.AddrOf(tptr, ir.LocalRef(arr, buf))))
    if cap is not None:
        then.append(ir.Assign(cap, k))
    then.append(ir.Assign(ir.LocalRef(tbool, used), ir.Const(tbool, True)))
    return ir.If(cond, then, [st])


def call_graph_order(funcs: list[ir.Func], funcvals: dict[str, str] | None = None) -> list[list[ir.Func]]:
    """The functions' strongly connected components, callees first; with funcvals (static
    closure symbol -> function), a static closure's use is an edge to its function."""
    by_name = {f.name: f for f in funcs}
    succ: dict[str, list[str]] = {}
    for f in funcs:
        seen: list[str] = []
        for node in walk_nodes(f.body):
            if isinstance(node, ir.Call) and node.sym in by_name and node.sym not in seen:
                seen.append(node.sym)
            elif isinstance(node, (ir.MakeClosure, ir.SymAddr)):
                sym = funcvals.get(node.sym, node.sym) if funcvals is not None else node.sym
                if sym in by_name and sym not in seen:
                    seen.append(sym)
        succ[f.name] = seen
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[ir.Func]] = []
    counter = 0
    for start in funcs:
        if start.name in index:
            continue
        work: list[tuple[str, int]] = [(start.name, 0)]
        while work:
            v, i = work.pop()
            if i == 0:
                index[v] = low[v] = counter
                counter += 1
                stack.append(v)
                on.add(v)
            ss = succ[v]
            if i < len(ss):
                work.append((v, i + 1))
                w = ss[i]
                if w not in index:
                    work.append((w, 0))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(by_name[w])
                    if w == v:
                        break
                out.append(list(reversed(comp)))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[v])
    return out


def analyze(pkg: ir.Package, report: Callable[[ir.Func, FuncEscape], None] | None = None,
            imported: dict[str, list[Leaks]] | None = None) -> dict[str, list[Leaks]]:
    """Run escape analysis on every function of the package and apply it; imported are
    the summaries of other packages' functions. Returns the package's summaries."""
    summaries: dict[str, list[Leaks]] = dict(imported or {})
    funcs = [f for f in pkg.funcs if not f.intrinsic]
    for comp in call_graph_order(funcs):
        names = {f.name for f in comp} if len(comp) > 1 or _self_recursive(comp[0]) else set()
        done = []
        for f in comp:
            fe = FuncEscape(f, summaries, names)
            fe.build()
            fe.solve()
            done.append(fe)
        for fe in done:
            summaries[fe.fn.name] = fe.summary()
        for fe in done:
            apply(fe)
            if report is not None:
                report(fe.fn, fe)
    return summaries


def _self_recursive(f: ir.Func) -> bool:
    return any(isinstance(node, ir.Call) and node.sym == f.name for node in walk_nodes(f.body))

