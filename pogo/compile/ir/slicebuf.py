"""gc's second append strategy: a frame buffer for a slice variable that escapes at one
known point (the idea of gc 1.25+'s ``move2heap`` pass, worked out again on pogo's
lowered IR).

A local slice variable is *exclusive* while no other variable can reach a frame buffer it
points to. The pass looks for variables whose every use keeps them exclusive: set to nil,
to a slice literal, to a re-slice of itself or to an append to itself; indexed (element
loads and stores), ``len``, ``cap``; passed to a statically known function that keeps no
part of its argument. Any other use gives the variable up, except exactly one *hand-off*:
an assignment of it written in the source (an inlined call's parameter or result binding
counts), a return, or a range over it, not in a loop deeper than the declaration. When
the variable is appended to at least twice (an append in a loop counts double), its
backing store is copied to the heap just before the hand-off if it is the frame buffer
(``runtime.moveSlice*``); until then its appends may grow into the buffer although the
slice escapes. If the capacity is ever observed (``cap``, re-slicing, a literal, a call),
each growth that fits moves one size class up inside the buffer (``runtime.growsliceBuf``)
and the move keeps the capacity; otherwise the first growth takes the whole buffer (gc's
first strategy) and the move picks the size class of the length.

The lowered forms recognised are those ``ir/build.py`` writes: an append's slice operand is
held in a temporary ``~as``, a re-slice's in ``~ss``, a range's in ``~rs``, an index
expression's in ``~s``, a literal's array in ``~lit``; ``Assign.user`` marks assignments
from the source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pogo.compile.ir import nodes as ir
from pogo.compile.types.types import Array, Slice, Type, sizeof

BUF_BYTES = 32  # gc's stack buffer for append results (its variable-make threshold)


@dataclass(slots=True, eq=False)
class SliceVar:
    """What the walk learnt of one candidate variable."""

    local: ir.Local
    decl_depth: int = 0
    dropped: bool = False
    cap_used: bool = False
    weight: int = 0  # appends to itself, weighted by loop depth below the declaration
    hand_off: tuple[list[ir.Stmt], ir.Stmt] | None = None
    grows: list[tuple[list[ir.Stmt], ir.AssignCall]] = field(default_factory=list)  # growslice sites

    @property
    def elem(self) -> Type:
        t = self.local.type.underlying()
        assert isinstance(t, Slice)
        return t.elem


def candidate(lc: ir.Local) -> bool:
    t = lc.type.underlying()
    return (isinstance(t, Slice) and 0 < sizeof(t.elem) <= BUF_BYTES and not lc.name.startswith("~")
            and lc.name != "_" and not lc.addr_taken and not lc.in_frame and lc.capture_index < 0)


class Finder:
    """One walk over a function body: which candidate variables stay exclusive up to a
    single hand-off. ``leaks(call, i)`` says whether argument i of a static call may be
    kept by the callee."""

    def __init__(self, fn: ir.Func, leaks: Callable[[ir.Call, int], bool]) -> None:
        self.fn = fn
        self.leaks = leaks
        self.vars: dict[int, SliceVar] = {}
        for lc in [*fn.params, *fn.results, *fn.locals]:
            if lc.id not in self.vars and candidate(lc):
                self.vars[lc.id] = SliceVar(lc)
        self.alias: dict[int, SliceVar] = {}  # index temporaries (~s) loaded from a variable
        self.named = [self.vars[r.id] for r in fn.results if r.id in self.vars]
        self.depth = 0

    def run(self) -> list[SliceVar]:
        if self.vars:
            self.stmts(self.fn.body)
        return [v for v in self.vars.values() if not v.dropped and v.hand_off is not None and v.weight >= 2]

    def tracked(self, e: ir.Expr | None) -> SliceVar | None:
        if isinstance(e, ir.LocalRef):
            v = self.vars.get(e.local.id)
            if v is not None and not v.dropped:
                return v
        return None

    def drop(self, v: SliceVar | None) -> None:
        if v is not None:
            v.dropped = True

    def give(self, v: SliceVar, lst: list[ir.Stmt], st: ir.Stmt) -> None:
        """A hand-off: only one, and not repeated by a loop the variable outlives."""
        if v.hand_off is not None or self.depth > v.decl_depth:
            v.dropped = True
            return
        v.hand_off = (lst, st)

    # -- statements -------------------------------------------------------

    def stmts(self, lst: list[ir.Stmt]) -> None:
        for st in lst:
            self.stmt(st, lst)

    def stmt(self, st: ir.Stmt, lst: list[ir.Stmt]) -> None:
        if isinstance(st, ir.Assign):
            self.assign(st, lst)
        elif isinstance(st, ir.Declare):
            v = self.vars.get(st.local.id)
            if v is not None:
                v.decl_depth = self.depth
        elif isinstance(st, ir.Loop):
            self.depth += 1
            if st.cond is not None:
                self.expr(st.cond)
            self.stmts(st.body)
            self.stmts(st.post)
            self.depth -= 1
        elif isinstance(st, ir.Return):
            if not st.values:
                for v in self.named:
                    if not v.dropped:
                        self.give(v, lst, st)
            for x in st.values:
                v = self.tracked(x)
                if v is not None:
                    self.give(v, lst, st)
                else:
                    self.expr(x)
        else:
            self.children(st)

    def children(self, x: object) -> None:
        for name in ir.field_names(x):
            val = getattr(x, name)
            if isinstance(val, ir.Expr):
                self.expr(val)
            elif isinstance(val, list):
                if val and isinstance(val[0], ir.Stmt):
                    self.stmts(val)
                else:
                    for e in val:
                        if isinstance(e, ir.Expr):
                            self.expr(e)

    def assign(self, st: ir.Assign, lst: list[ir.Stmt]) -> None:
        dst, src = st.dst, st.src
        v = self.tracked(dst)
        if v is not None:
            if self.own_source(v, src):
                return
            v.dropped = True
        elif not isinstance(dst, ir.LocalRef):
            self.lvalue(dst)
        w = self.tracked(src)
        if w is None:
            self.expr(src)
            return
        name = dst.local.name if isinstance(dst, ir.LocalRef) else ""
        if isinstance(dst, ir.LocalRef) and name == "~s":
            self.alias[dst.local.id] = w  # an index expression's copy: its uses are checked
        elif name == "~rs" or st.user:
            self.give(w, lst, st)
        else:
            w.dropped = True

    def own_source(self, v: SliceVar, src: ir.Expr) -> bool:
        """``s = nil``, ``s = append(s, ...)``, ``s = s[i:j]``, ``s = []T{...}``: the
        variable stays exclusive. The rest of src is walked as usual."""
        if isinstance(src, ir.Nil):
            return True
        if not isinstance(src, ir.Seq) or not src.stmts or not isinstance(src.stmts[0], ir.Assign):
            return False
        first = src.stmts[0]
        tmp = first.dst.local.name if isinstance(first.dst, ir.LocalRef) else ""
        own = isinstance(first.src, ir.LocalRef) and first.src.local is v.local
        if tmp == "~as" and own:
            v.weight += 1 + self.depth - v.decl_depth
            for st in src.stmts:
                if isinstance(st, ir.If):
                    v.grows.extend((st.then, g) for g in st.then
                                   if isinstance(g, ir.AssignCall) and g.call.sym == "runtime.growslice")
        elif tmp == "~ss" and own:
            v.cap_used = True
        elif tmp == "~lit" and isinstance(src.value, ir.Make) and isinstance(first.src, ir.Call):
            v.cap_used = True
            self.stmts(src.stmts)
            return True
        else:
            return False
        self.stmts(src.stmts[1:])
        self.expr(src.value)
        return True

    def lvalue(self, dst: ir.Expr) -> None:
        if isinstance(dst, ir.Load):
            self.expr(dst.addr, True)
        else:
            self.expr(dst)

    # -- expressions ------------------------------------------------------

    def expr(self, e: ir.Expr, element: bool = False) -> None:
        """Walk e; element: e is (the base of) the address of a loaded or stored element."""
        if isinstance(e, ir.LocalRef):
            self.drop(self.tracked(e) or self.alias.get(e.local.id))
        elif isinstance(e, ir.Part):
            v = self.tracked(e.x) or (self.alias.get(e.x.local.id) if isinstance(e.x, ir.LocalRef) else None)
            if v is None:
                self.expr(e.x)
            elif e.index == 2:
                v.cap_used = True
            elif e.index == 0 and not element:
                v.dropped = True  # the array's address itself (&s[i], copy, a conversion)
        elif isinstance(e, ir.Load):
            self.expr(e.addr, True)
        elif isinstance(e, ir.PtrAdd):
            self.expr(e.ptr, element)
            self.expr(e.offset)
        elif isinstance(e, ir.Convert) and element:
            self.expr(e.x, True)
        elif isinstance(e, ir.Call):
            self.call(e)
        elif isinstance(e, ir.Seq):
            self.stmts(e.stmts)
            self.expr(e.value)
        else:
            self.children(e)

    def call(self, c: ir.Call) -> None:
        if c.fn is not None:
            self.expr(c.fn)
        if c.closure is not None:
            self.expr(c.closure)
        static = bool(c.sym) and c.fn is None and c.closure is None and not c.sym.startswith("runtime.")
        for i, a in enumerate(c.args):
            v = self.tracked(a)
            if v is not None and static and not self.leaks(c, i):
                v.cap_used = True
            else:
                self.expr(a)


def lower(fn: ir.Func, found: list[SliceVar], strategy1: Callable[[ir.AssignCall, ir.Local], ir.Stmt]) -> set[int]:
    """Give each variable found its frame buffer, move its backing store to the heap before
    the hand-off, and route its growths through the buffer. Returns the ids of the
    growslice calls taken over (gc's first-strategy pass must leave them alone)."""
    from pogo.compile.types import universe as u

    taken: set[int] = set()
    for v in found:
        elem = v.elem
        esize = sizeof(elem)
        k = BUF_BYTES // esize
        arr = Array(elem, k)
        buf = ir.Local("~stk", arr, len(fn.locals))
        buf.in_frame = True
        fn.locals.append(buf)
        t = v.local.type

        def buf_addr() -> ir.Expr:
            return ir.AddrOf(u.UNSAFE_POINTER, ir.LocalRef(arr, buf))  # noqa: B023

        def part(i: int) -> ir.Expr:
            return ir.Part(u.UNSAFE_POINTER if i == 0 else u.INT, ir.LocalRef(t, v.local), i)  # noqa: B023

        # if uintptr(s.ptr) - uintptr(&buf) <= len(buf) { s = moveSlice(s) }
        off = ir.Binary(u.UINTPTR, "-", ir.Convert(u.UINTPTR, part(0)), ir.Convert(u.UINTPTR, buf_addr()), u.UINTPTR)
        inside = ir.Binary(u.BOOL, "<=", off, ir.Const(u.UINTPTR, k * esize), u.UINTPTR)
        desc = ir.TypeAddr(u.UNSAFE_POINTER, elem)
        if v.cap_used:
            move = ir.Call(t, "runtime.moveSlice", [desc, part(0), part(1), part(2)])
        else:
            move = ir.Call(t, "runtime.moveSliceNoCap", [desc, part(0), part(1)])
        assert v.hand_off is not None
        lst, st = v.hand_off
        at = next(i for i, x in enumerate(lst) if x is st)
        lst.insert(at, ir.If(inside, [ir.Assign(ir.LocalRef(t, v.local), move)], []))
        taken.update(id(g.call) for _, g in v.grows)
        if v.cap_used:
            for _, g in v.grows:
                c = g.call
                g.call = ir.Call(c.type, "runtime.growsliceBuf", [*c.args, buf_addr(), ir.Const(u.INT, k)], c.pos)
        elif v.grows:
            then, g = v.grows[0]
            at = next(i for i, x in enumerate(then) if x is g)
            then[at] = strategy1(g, buf)
    return taken
