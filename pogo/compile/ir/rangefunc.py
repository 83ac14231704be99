"""Range over functions: ``for k, v := range f { body }``.

The body becomes a closure, the yield function, whose parameters are the iteration
variables; f is called with it. Inside the body, ``continue`` of this loop returns
true and ``break`` returns false; ``return`` stores the enclosing function's results
(captured), and a break/continue of an outer loop records which, then returns false:
after f returns, the enclosing function looks at that code and does the jump or
return itself. A shared state word makes a yield call after false (or after the loop)
panic as gc does. Defers in the body are pushed for the enclosing function's frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.ir import nodes as ir
from pogo.compile.syntax import nodes as n
from pogo.compile.types import universe as u
from pogo.compile.types.objects import Var
from pogo.compile.types.types import Array, Signature, Tuple, Type

if TYPE_CHECKING:
    from pogo.compile.ir.build import FuncBuilder

INT = u.INT
BOOL = u.BOOL
UPTR = u.UNSAFE_POINTER
ANCHOR = Array(u.UINTPTR, 3)  # the enclosing frame: fp, resume pc, sp


class RangeFunc:
    """What a yield closure's body needs to leave the loop: the shared words (as the
    closure's captured locals) and the outer jumps it asked for."""

    def __init__(self, loop_name: str | None, state: ir.Local, code: ir.Local, ret: list[ir.Local],
                 anchor: ir.Local | None, labels: set[str]) -> None:
        self.loop_name = loop_name
        self.state = state
        self.code = code
        self.ret = ret  # the enclosing function's result variables
        self.anchor = anchor
        self.labels = labels  # labels declared inside the body
        self.exits: list[tuple[str, str]] = []  # (break|continue, label) of outer loops

    def leave(self, out: list[ir.Stmt], code: int | None) -> None:
        if code is not None:
            out.append(ir.Assign(ir.LocalRef(INT, self.code), ir.Const(INT, code)))
        out.append(ir.Assign(ir.LocalRef(INT, self.state), ir.Const(INT, 1)))
        out.append(ir.Return([ir.Const(BOOL, False)]))

    def branch(self, fb: FuncBuilder, s: n.BranchStmt, out: list[ir.Stmt]) -> bool:
        """Lower a branch statement of the body that leaves it; False if it stays inside."""
        name = s.label.value if s.label is not None else None
        if s.tok == "goto":
            if name is not None and name not in self.labels:
                raise fb.unsupported(s, "goto out of a range-over-func loop body")
            return False
        if s.tok not in ("break", "continue"):
            return False
        if name is None:
            kinds = [k for k, _ in fb.labels]
            if s.tok == "break" and kinds or s.tok == "continue" and "loop" in kinds:
                return False
            mine = True
        elif name in fb.named:
            return False
        else:
            mine = name == self.loop_name
        if mine:
            if s.tok == "continue":
                out.append(ir.Return([ir.Const(BOOL, True)]))
            else:
                self.leave(out, None)
            return True
        assert name is not None
        key = (s.tok, name)
        if key not in self.exits:
            self.exits.append(key)
        self.leave(out, 2 + self.exits.index(key))
        return True

    def return_stmt(self, fb: FuncBuilder, s: n.ReturnStmt, out: list[ir.Stmt]) -> None:
        inner: list[ir.Stmt] = []
        fb.return_values(s, inner)  # fb.result_locals are the enclosing function's results
        ret = inner.pop()
        assert isinstance(ret, ir.Return)
        temps = [fb.temp(v.type, inner, v, "~rv") for v in ret.values]
        for rl, tv in zip(self.ret, temps, strict=False):
            inner.append(ir.Assign(ir.LocalRef(rl.type, rl), tv))
        out.extend(inner)
        self.leave(out, 1)

    def defer_push(self, fb: FuncBuilder, s: n.DeferStmt, fv: ir.Expr, out: list[ir.Stmt]) -> None:
        if self.anchor is None:
            raise fb.unsupported(s, "this defer in a range-over-func loop body")
        anchor = ir.AddrOf(UPTR, ir.LocalRef(ANCHOR, self.anchor))
        out.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.deferprocat", [fv, anchor], s.pos)))


def body_labels(stmts: list[n.Stmt]) -> set[str]:
    import dataclasses

    out: set[str] = set()
    stack: list[object] = list(stmts)
    while stack:
        x = stack.pop()
        if isinstance(x, n.LabeledStmt):
            out.add(x.label.value)
        if isinstance(x, n.FuncLit):
            continue
        if isinstance(x, list):
            stack.extend(x)
        elif isinstance(x, n.Node) and dataclasses.is_dataclass(x):
            stack.extend(getattr(x, f.name) for f in dataclasses.fields(x))
    return out


def capture(child: FuncBuilder, outer: ir.Local) -> ir.Local:
    """Give the closure being built a pointer to the enclosing function's cell of outer."""
    outer.addr_taken = True
    loc = child.new_local(outer.name, outer.type)
    loc.addr_taken = True
    loc.capture_index = len(child.captures)
    child.captures.append(outer)
    return loc


def cell(b: FuncBuilder, name: str, t: Type, value: ir.Expr, out: list[ir.Stmt]) -> ir.Local:
    loc = b.new_local(name, t)
    loc.addr_taken = True
    out.append(ir.Declare(loc))
    out.append(ir.Assign(ir.LocalRef(t, loc), value))
    return loc


def range_func(b: FuncBuilder, s: n.RangeStmt, xt: Type, out: list[ir.Stmt]) -> None:
    from pogo.compile.ir.build import FuncBuilder, contains_defer

    sig = xt.underlying()
    assert isinstance(sig, Signature) and len(sig.params) == 1
    yt = sig.params[0].type
    ysig = yt.underlying()
    assert isinstance(ysig, Signature)
    loop_name = b.pending_name
    b.pending_name = None
    inner: list[ir.Stmt] = []
    f = b.temp(xt, inner, b.expr(s.x), "~rf")
    state = cell(b, "~rfstate", INT, ir.Const(INT, 0), inner)
    code = cell(b, "~rfcode", INT, ir.Const(INT, 0), inner)
    outer_ctx = b.rangefunc
    anchor: ir.Local | None = None
    if outer_ctx is not None:
        ret_outer = outer_ctx.ret
        anchor = outer_ctx.anchor
    else:
        ret_outer = b.result_locals
        if contains_defer(s.body.stmts):
            anchor = cell(b, "~rfanchor", ANCHOR, ir.Nil(ANCHOR), inner)
            resumed = ir.Call(BOOL, "runtime.deferframe", [ir.AddrOf(UPTR, ir.LocalRef(ANCHOR, anchor))], s.pos)
            inner.append(ir.If(resumed, [ir.Goto(b.landing)], []))
    b.range_count += 1
    sym = f"{b.sym}-range{b.range_count}"
    child = FuncBuilder(b.pb, b.filename)
    child.info = b.info  # in a generic instance: the substituted view
    child.parent = b
    child.is_closure = True
    child.sym = sym
    child.span = (b.filename, s.pos, s.body.rbrace)
    ctx = RangeFunc(loop_name, capture(child, state), capture(child, code), [capture(child, r) for r in ret_outer],
                    capture(child, anchor) if anchor is not None else None, body_labels(s.body.stmts))
    child.rangefunc = ctx
    child.result_locals = ctx.ret
    params: list[ir.Local] = []
    assigns: list[tuple[n.Expr, ir.Local]] = []
    for i, (p, e) in enumerate(zip(ysig.params, [s.key, s.value], strict=False)):
        loc: ir.Local | None = None
        if s.define and isinstance(e, n.Name) and e.value != "_":
            v = b.info.defs.get(e)
            if isinstance(v, Var):
                loc = child.local_for(v)
        if loc is None:
            loc = child.new_local("~p", p.type)
            if not s.define and e is not None and not (isinstance(e, n.Name) and e.value == "_"):
                assigns.append((e, loc))
        loc.param_index = i
        params.append(loc)
    for j in range(len(params), len(ysig.params)):
        extra = child.new_local("~p", ysig.params[j].type)
        extra.param_index = j
        params.append(extra)
    res = child.new_local("~r", BOOL)
    res.result_index = 0
    sref = ir.LocalRef(INT, ctx.state)
    body: list[ir.Stmt] = [ir.If(ir.Binary(BOOL, "!=", sref, ir.Const(INT, 0), INT),
                                 [ir.ExprStmt(ir.Call(Tuple([]), "runtime.panicrangestate", [sref], s.pos, noreturn=True))], [])]
    for e, loc in assigns:
        dst = child.lvalue(e, body)
        body.append(ir.Assign(dst, child.convert(ir.LocalRef(loc.type, loc), dst.type)))
    body.extend(child.block(s.body.stmts))
    body.append(ir.Return([ir.Const(BOOL, True)]))
    b.pb.extra_funcs.append(ir.Func(sym, b.filename, s.pos, params, [res], body, child.all_locals))
    yv = b.closure_value(yt, sym, child.captures)
    call = ir.Call(Tuple([]), "", [yv], s.pos, closure=ir.NilCheck(UPTR, ir.Convert(UPTR, f)))
    inner.append(ir.ExprStmt(call))
    inner.append(ir.Assign(ir.LocalRef(INT, state), ir.Const(INT, 2)))
    cref = ir.LocalRef(INT, code)
    ret_body: list[ir.Stmt] = []
    b.return_stmt(n.ReturnStmt(s.pos, []), ret_body)
    inner.append(ir.If(ir.Binary(BOOL, "==", cref, ir.Const(INT, 1), INT), ret_body, []))
    for k, (tok, name) in enumerate(ctx.exits):
        jump: list[ir.Stmt] = []
        b.stmt(n.BranchStmt(s.pos, tok, n.Name(s.pos, name)), jump)
        inner.append(ir.If(ir.Binary(BOOL, "==", cref, ir.Const(INT, 2 + k), INT), jump, []))
    out.append(ir.Block(inner))
