"""Range over functions (Go 1.23): ``for k, v := range seq { body }`` becomes a call
``seq(yield)`` where yield is a closure ``outer-rangeN`` holding the loop body.

The body is lowered inside the closure by an ordinary child ``FuncBuilder`` that sees the
enclosing loops' labels and the enclosing function's results (captured, like any captured
variable); the lowered IR is then rewritten so that leaving the body becomes a return of
the closure:

* ``continue`` of this loop: ``return true``; ``break``: ``return false``;
* ``return``, and ``break``/``continue`` of an enclosing loop or switch: store the results
  (for ``return``) and an exit code in a cell of the enclosing function, ``return false``;
  after seq returns, the enclosing function dispatches on the code.

A cell ``done``, set once the body asked to stop and after seq returns, makes a further
call of yield panic as gc does. The body may not contain defer (it would have to run when
the enclosing function returns) nor goto out of the body: both are reported as not
supported yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.ir import nodes as ir
from pogo.compile.syntax import nodes as n
from pogo.compile.types import universe as u
from pogo.compile.types.objects import Var
from pogo.compile.types.types import Signature, Tuple, Type

if TYPE_CHECKING:
    from pogo.compile.ir.build import FuncBuilder

INT = u.INT
BOOL = u.BOOL
UPTR = u.UNSAFE_POINTER

_CONTINUED = "runtime error: range function continued iteration after function for loop body returned false"


def _cell(fb: FuncBuilder, name: str, t: Type, init: ir.Expr, out: list[ir.Stmt]) -> ir.Local:
    loc = fb.new_local(name, t)
    loc.addr_taken = True
    out.append(ir.Declare(loc))
    out.append(ir.Assign(ir.LocalRef(t, loc), init))
    return loc


def _capture(child: FuncBuilder, outer: ir.Local) -> ir.Local:
    """A local of the enclosing function, seen by the closure through its cell."""
    outer.addr_taken = True
    loc = child.new_local(outer.name, outer.type)
    loc.addr_taken = True
    loc.capture_index = len(child.captures)
    child.captures.append(outer)
    return loc


def _ref(loc: ir.Local) -> ir.LocalRef:
    return ir.LocalRef(loc.type, loc)


def lower_range_func(fb: FuncBuilder, s: n.RangeStmt, out: list[ir.Stmt]) -> None:
    from pogo.compile.ir.build import FuncBuilder, contains_defer

    _, xt, _ = fb.tv(s.x)
    sig = xt.underlying()
    assert isinstance(sig, Signature)
    yield_t = sig.params[0].type
    ysig = yield_t.underlying()
    assert isinstance(ysig, Signature)
    if contains_defer(s.body.stmts):
        raise fb.unsupported(s, "defer in the body of a range-over-func loop")
    inner: list[ir.Stmt] = []
    seq = fb.temp(UPTR, inner, ir.NilCheck(UPTR, ir.Convert(UPTR, fb.expr(s.x))), "~seq")
    nxt = _cell(fb, "~next", INT, ir.Const(INT, 0), inner)
    done = _cell(fb, "~done", BOOL, ir.Const(BOOL, False), inner)

    fb.lit_count += 1
    sym = f"{fb.sym}-range{fb.lit_count}"
    child = FuncBuilder(fb.pb, fb.filename)
    child.info = fb.info
    child.parent = fb
    child.sym = sym
    child.span = (fb.filename, s.pos, s.body.rbrace)
    child.next_label = fb.next_label
    start = child.next_label  # labels of the enclosing code are <= start, the closure's above
    child.labels = list(fb.labels)
    child.named = dict(fb.named)
    cnext, cdone = _capture(child, nxt), _capture(child, done)
    child.result_locals = [_capture(child, rl) for rl in fb.result_locals]
    params: list[ir.Local] = []
    for i, p in enumerate(ysig.params):
        loc = child.new_local("~p", p.type)
        loc.param_index = i
        params.append(loc)
    res = child.new_local("~r", BOOL)
    res.result_index = 0
    label = child.new_label()
    child.pending_name, fb.pending_name = fb.pending_name, None
    child.push_label(("loop", label))

    body: list[ir.Stmt] = [ir.If(_ref(cdone), [ir.ExprStmt(ir.Call(Tuple([]), "runtime.panicmsg",
                                                                       [ir.Const(u.STRING, _CONTINUED.encode())], s.pos,
                                                                       noreturn=True))], [])]
    for e, prm in zip((s.key, s.value), params, strict=False):
        if e is None or isinstance(e, n.Name) and e.value == "_":
            continue
        if s.define:
            assert isinstance(e, n.Name)
            var = child.info.defs[e]
            assert isinstance(var, Var)
            vloc = child.local_for(var)
            body.append(ir.Declare(vloc))
            body.append(ir.Assign(ir.LocalRef(var.type, vloc), child.convert(_ref(prm), var.type)))
        else:
            dst = child.lvalue(e, body)
            body.append(ir.Assign(dst, child.convert(_ref(prm), dst.type)))
    body.extend(child.block(s.body.stmts))
    child.labels.pop()

    exits: list[tuple[str, int]] = []  # exit code 2+i: break/continue of an enclosing label
    returns = False

    def leave(code: int) -> list[ir.Stmt]:
        return [ir.Assign(_ref(cnext), ir.Const(INT, code)), ir.Assign(_ref(cdone), ir.Const(BOOL, True)),
                ir.Return([ir.Const(BOOL, False)])]

    def rewrite(stmts: list[ir.Stmt]) -> list[ir.Stmt]:
        nonlocal returns
        res_out: list[ir.Stmt] = []
        for st in stmts:
            if isinstance(st, ir.Return):
                returns = True
                temps = [child.temp(v.type, res_out, v, "~rv") for v in st.values]
                for rl, tv in zip(child.result_locals, temps, strict=False):
                    res_out.append(ir.Assign(_ref(rl), tv))
                res_out.extend(leave(1))
            elif isinstance(st, (ir.Break, ir.Continue)) and st.label == label:
                if isinstance(st, ir.Continue):
                    res_out.append(ir.Return([ir.Const(BOOL, True)]))
                else:
                    res_out.append(ir.Assign(_ref(cdone), ir.Const(BOOL, True)))
                    res_out.append(ir.Return([ir.Const(BOOL, False)]))
            elif isinstance(st, (ir.Break, ir.Continue)) and st.label <= start:
                key = ("break" if isinstance(st, ir.Break) else "continue", st.label)
                if key not in exits:
                    exits.append(key)
                res_out.extend(leave(2 + exits.index(key)))
            elif isinstance(st, ir.If):
                res_out.append(ir.If(st.cond, rewrite(st.then), rewrite(st.else_)))
            elif isinstance(st, ir.Loop):
                res_out.append(ir.Loop(st.cond, rewrite(st.body), rewrite(st.post), st.label))
            elif isinstance(st, ir.Breakable):
                res_out.append(ir.Breakable(rewrite(st.body), st.label))
            elif isinstance(st, ir.Block):
                res_out.append(ir.Block(rewrite(st.stmts)))
            else:
                res_out.append(st)
        return res_out

    body = rewrite(body)
    body.append(ir.Return([ir.Const(BOOL, True)]))
    _check_gotos(fb, s, body)
    fb.next_label = max(fb.next_label, child.next_label)
    fb.pb.extra_funcs.append(ir.Func(sym, fb.filename, s.pos, params, [res], body, child.all_locals))

    clo = fb.closure_value(yield_t, sym, child.captures)
    inner.append(ir.ExprStmt(ir.Call(Tuple([]), "", [clo], s.pos, closure=seq)))
    inner.append(ir.Assign(_ref(done), ir.Const(BOOL, True)))
    code = _ref(nxt)
    if returns:
        ret: list[ir.Stmt] = []
        if fb.has_defer:
            ret.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.deferreturn", [])))
        ret.append(ir.Return([]))
        inner.append(ir.If(ir.Binary(BOOL, "==", code, ir.Const(INT, 1), INT), ret, []))
    for i, (kind, lb) in enumerate(exits):
        jump: ir.Stmt = ir.Break(lb) if kind == "break" else ir.Continue(lb)
        inner.append(ir.If(ir.Binary(BOOL, "==", code, ir.Const(INT, 2 + i), INT), [jump], []))
    out.append(ir.Block(inner))


def _check_gotos(fb: FuncBuilder, s: n.RangeStmt, body: list[ir.Stmt]) -> None:
    """A goto out of the loop body cannot be expressed in the closure."""
    labels: set[int] = set()
    gotos: set[int] = set()
    stack: list[ir.Stmt] = list(body)
    while stack:
        st = stack.pop()
        if isinstance(st, ir.Label):
            labels.add(st.label)
        elif isinstance(st, ir.Goto):
            gotos.add(st.label)
        elif isinstance(st, ir.If):
            stack.extend(st.then + st.else_)
        elif isinstance(st, ir.Loop):
            stack.extend(st.body + st.post)
        elif isinstance(st, (ir.Breakable,)):
            stack.extend(st.body)
        elif isinstance(st, ir.Block):
            stack.extend(st.stmts)
    if gotos - labels:
        raise fb.unsupported(s, "goto out of a range-over-func loop body")
