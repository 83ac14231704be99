"""Lowering of go statements, channel operations and select to runtime calls.

Channels are ``*runtime.hchan`` words; element values travel by address (a frame
slot of the goroutine doing the operation: goroutine stacks never move). A go
statement evaluates the function and its arguments in the calling goroutine into
heap cells captured by a closure of no arguments (``outer.gowrapN``) and passes it
to ``runtime.newproc``. ``select`` builds a runtime select state case by case and
branches on the index ``runtime.selectgo`` returns (-1: default).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pogo.compile.ir import nodes as ir
from pogo.compile.syntax import nodes as n
from pogo.compile.types import universe as u
from pogo.compile.types.objects import Builtin, Var
from pogo.compile.types.types import Chan, Pointer, Signature, Tuple, Type

if TYPE_CHECKING:
    from pogo.compile.ir.build import FuncBuilder

INT = u.INT
BOOL = u.BOOL
UPTR = u.UNSAFE_POINTER
NORESULT = Tuple([])


def _unparen(e: n.Expr) -> n.Expr:
    while isinstance(e, n.ParenExpr):
        e = e.x
    return e


def chan_type(fb: FuncBuilder, e: n.Expr) -> Chan:
    _, t, _ = fb.tv(e)
    ct = t.underlying()
    assert isinstance(ct, Chan)
    return ct


def frame_temp(fb: FuncBuilder, t: Type) -> ir.LocalRef:
    """A frame-slot temporary whose address the runtime may write through."""
    loc = fb.new_local("~elem", t)
    loc.in_frame = True
    return ir.LocalRef(t, loc)


def go_stmt(fb: FuncBuilder, s: n.GoStmt, out: list[ir.Stmt]) -> None:
    call = _unparen(s.call)
    if not isinstance(call, n.CallExpr):
        raise fb.unsupported(s, "this go statement")
    fun = _unparen(call.fun)
    obj = fb.info.uses.get(fun) if isinstance(fun, n.Name) else (
        fb.info.uses.get(fun.sel) if isinstance(fun, n.SelectorExpr) else None)
    if isinstance(obj, Builtin):
        if obj.name not in THUNK_BUILTINS:
            raise fb.unsupported(s, f"go of built-in {obj.name}")
        fv = builtin_thunk(fb, s, call, obj.name, "gowrap", out)
        out.append(ir.ExprStmt(ir.Call(NORESULT, "runtime.newproc", [fv], s.pos)))
        return
    _, ft, _ = fb.tv(call.fun)
    sig = ft.underlying()
    if not isinstance(sig, Signature):
        raise fb.unsupported(s, "this go statement")
    caps = [_cell(fb, ir.Convert(ft, fb.expr(call.fun)), out)]
    if not call.args and not sig.results:
        # gc starts a call without arguments or results directly, without a wrapper:
        # a nil function is then a fatal error of the go statement itself
        fref = ir.LocalRef(ft, caps[0])
        isnil = ir.Binary(BOOL, "==", ir.Convert(UPTR, fref), ir.Nil(UPTR), UPTR)
        out.append(ir.If(isnil, [ir.ExprStmt(ir.Call(NORESULT, "runtime.gonilfunc", [], s.pos, noreturn=True))], []))
    for a in fb.call_args(call, sig):
        caps.append(_cell(fb, a, out))
    rt: Type = Tuple(sig.results) if len(sig.results) != 1 else sig.results[0].type

    def body(refs: list[ir.Expr]) -> ir.Expr:
        clo = ir.NilCheck(UPTR, ir.Convert(UPTR, refs[0]))
        return ir.Call(rt, "", refs[1:], s.pos, closure=clo)

    fv = _thunk(fb, s.pos, caps, body, "gowrap")
    out.append(ir.ExprStmt(ir.Call(NORESULT, "runtime.newproc", [fv], s.pos)))


THUNK_BUILTINS = frozenset({"close", "panic", "print", "println", "copy", "delete", "clear", "recover"})


def builtin_thunk(fb: FuncBuilder, s: n.Stmt, call: n.CallExpr, name: str, prefix: str,
                  out: list[ir.Stmt]) -> ir.Expr:
    """The closure of no arguments that a go or defer statement runs for a built-in call,
    with the arguments evaluated now. ``recover()`` there is the deferred function
    itself, not called by one, so it never stops a panic: its thunk does nothing."""
    if name in ("print", "println"):
        tt = fb.info.types[call.args[0]].type if len(call.args) == 1 else None
        if isinstance(tt, Tuple):  # println(f()) of several results: one cell per result
            cells = []
            for v in tt.vars:
                loc = fb.new_local("~g", v.type)
                loc.addr_taken = True
                out.append(ir.Declare(loc))
                cells.append(loc)
            out.append(ir.AssignCall([ir.LocalRef(c.type, c) for c in cells], fb.tuple_call(fb.expr(call.args[0]), out)))
            args = [call.args[0]] * len(cells)
        else:
            cells = [_cell(fb, fb.expr(a), out) for a in call.args]
            args = list(call.args)

        def print_body(refs: list[ir.Expr]) -> ir.Expr:
            return fb.print_values(name, list(zip(args, refs, strict=True)), [])
        return _thunk(fb, s.pos, cells, print_body, prefix)
    if name == "close":
        arg = _cell(fb, ir.Convert(UPTR, fb.expr(call.args[0])), out)

        def close_body(refs: list[ir.Expr]) -> ir.Expr:
            return ir.Call(NORESULT, "runtime.closechan", refs, s.pos)
        return _thunk(fb, s.pos, [arg], close_body, prefix)
    if name == "panic":
        arg = _cell(fb, fb.convert(fb.expr(call.args[0]), u.ANY), out)

        def panic_body(refs: list[ir.Expr]) -> ir.Expr:
            return ir.Call(NORESULT, "runtime.gopanic", refs, s.pos, noreturn=True)
        return _thunk(fb, s.pos, [arg], panic_body, prefix)
    if name == "recover":
        return _thunk(fb, s.pos, [], lambda refs: ir.Seq(NORESULT, [], ir.Const(BOOL, False)), prefix)
    return _lowered_thunk(fb, s, call, name, prefix, out)


def _lowered_thunk(fb: FuncBuilder, s: n.Stmt, call: n.CallExpr, name: str, prefix: str,
                   out: list[ir.Stmt]) -> ir.Expr:
    """The thunk of copy, delete or clear: the arguments go into cells
    now, and the thunk's body is the built-in's ordinary lowering with each argument
    expression standing for its cell (``hoisted``, as for operands evaluated early)."""
    from pogo.compile.ir.build import FuncBuilder as Builder

    caps = [_cell(fb, fb.expr(a), out) for a in call.args]
    fb.wrap_count += 1
    sym = f"{fb.sym}.{prefix}{fb.wrap_count}"
    child = Builder(fb.pb, fb.filename)
    child.sym = sym
    for a, ref in zip(call.args, child.capture_cells(caps), strict=True):
        child.hoisted[a] = ref
    body = child.builtin(call, name, NORESULT)
    stmts: list[ir.Stmt] = [ir.ExprStmt(body), ir.Return([])]
    fb.pb.extra_funcs.append(ir.Func(sym, fb.filename, s.pos, [], [], stmts, child.all_locals))
    return fb.closure_value(Signature([], [], False), sym, caps)


def _cell(fb: FuncBuilder, v: ir.Expr, out: list[ir.Stmt]) -> ir.Local:
    """A fresh heap cell holding v (evaluated now), for a thunk to capture."""
    loc = fb.new_local("~g", v.type)
    loc.addr_taken = True
    out.append(ir.Declare(loc))
    out.append(ir.Assign(ir.LocalRef(v.type, loc), v))
    return loc


def _thunk(fb: FuncBuilder, pos: n.Pos, caps: list[ir.Local], body: Callable[[list[ir.Expr]], ir.Expr],
           prefix: str) -> ir.Expr:
    """A closure of no arguments over the cells caps whose body is body(cell refs)."""
    fb.wrap_count += 1
    sym = f"{fb.sym}.{prefix}{fb.wrap_count}"
    refs: list[ir.Expr] = []
    locals_: list[ir.Local] = []
    for i, c in enumerate(caps):
        loc = ir.Local(c.name, c.type, i)
        loc.addr_taken = True
        loc.capture_index = i
        locals_.append(loc)
        refs.append(ir.LocalRef(loc.type, loc))
    stmts: list[ir.Stmt] = [ir.ExprStmt(body(refs)), ir.Return([])]
    fb.pb.extra_funcs.append(ir.Func(sym, fb.filename, pos, [], [], stmts, locals_))
    return fb.closure_value(Signature([], [], False), sym, caps)


def send_stmt(fb: FuncBuilder, s: n.SendStmt, out: list[ir.Stmt]) -> None:
    ct = chan_type(fb, s.chan)
    ch = fb.temp(UPTR, out, ir.Convert(UPTR, fb.expr(s.chan)), "~c")
    addr = fb.spill(fb.convert(fb.expr(s.value), ct.elem), out)
    out.append(ir.ExprStmt(ir.Call(NORESULT, "runtime.chansend1", [ch, ir.Convert(UPTR, addr)], s.pos)))


def recv_expr(fb: FuncBuilder, e: n.UnaryExpr, t: Type) -> ir.Expr:
    """``<-c``: receive into a frame temporary and yield it."""
    ct = chan_type(fb, e.x)
    pre: list[ir.Stmt] = []
    ch = fb.temp(UPTR, pre, ir.Convert(UPTR, fb.expr(e.x)), "~c")
    tmp = frame_temp(fb, ct.elem)
    pre.append(ir.ExprStmt(ir.Call(NORESULT, "runtime.chanrecv1", [ch, ir.Convert(UPTR, ir.AddrOf(Pointer(ct.elem), tmp))], e.pos)))
    return ir.Seq(t, pre, tmp)


def recv_comma_ok(fb: FuncBuilder, e: n.UnaryExpr, out: list[ir.Stmt]) -> tuple[ir.Expr, ir.Expr]:
    """``v, ok := <-c``."""
    ct = chan_type(fb, e.x)
    ch = fb.temp(UPTR, out, ir.Convert(UPTR, fb.expr(e.x)), "~c")
    tmp = frame_temp(fb, ct.elem)
    ok = fb.temp(BOOL, out, ir.Call(BOOL, "runtime.chanrecv2", [ch, ir.Convert(UPTR, ir.AddrOf(Pointer(ct.elem), tmp))], e.pos), "~ok")
    val = fb.temp(ct.elem, out, tmp, "~v")
    return val, ok


def make_chan(fb: FuncBuilder, e: n.CallExpr, st: Type) -> ir.Expr:
    fb.pb.need_type(st)
    size = fb.convert(fb.expr(e.args[1]), INT) if len(e.args) > 1 else ir.Const(INT, 0)
    return ir.Convert(st, ir.Call(UPTR, "runtime.makechan", [ir.TypeAddr(UPTR, st), size], e.pos))


def chan_builtin(fb: FuncBuilder, e: n.CallExpr, name: str) -> ir.Expr:
    """len, cap and close of a channel."""
    c = ir.Convert(UPTR, fb.expr(e.args[0]))
    if name == "close":
        return ir.Call(NORESULT, "runtime.closechan", [c], e.pos)
    return ir.Call(INT, "runtime.chanlen" if name == "len" else "runtime.chancap", [c])


def range_chan(fb: FuncBuilder, s: n.RangeStmt, ct: Chan, out: list[ir.Stmt]) -> None:
    """``for v := range c``: receive until the channel is closed and drained."""
    inner: list[ir.Stmt] = []
    label = fb.new_label()
    ch = fb.temp(UPTR, inner, ir.Convert(UPTR, fb.expr(s.x)), "~c")
    tmp = frame_temp(fb, ct.elem)
    body: list[ir.Stmt] = []
    ok = fb.temp(BOOL, body, ir.Call(BOOL, "runtime.chanrecv2", [ch, ir.Convert(UPTR, ir.AddrOf(Pointer(ct.elem), tmp))], s.pos), "~ok")
    body.append(ir.If(ir.Unary(BOOL, "!", ok), [ir.Break(label)], []))
    key = s.key
    if key is not None and not (isinstance(key, n.Name) and key.value == "_"):
        if s.define:
            assert isinstance(key, n.Name)
            v = fb.info.defs[key]
            assert isinstance(v, Var)
            loc = fb.local_for(v)
            body.append(ir.Declare(loc))
            body.append(ir.Assign(ir.LocalRef(v.type, loc), tmp))
        else:
            _, kt, _ = fb.tv(key)
            dst = fb.lvalue(key, body)
            body.append(ir.Assign(dst, fb.convert(tmp, kt)))
    fb.push_label(("loop", label))
    body.extend(fb.block(s.body.stmts))
    fb.labels.pop()
    inner.append(ir.Loop(None, body, [], label))
    out.append(ir.Block(inner))


def select_stmt(fb: FuncBuilder, s: n.SelectStmt, out: list[ir.Stmt]) -> None:
    label = fb.new_label()
    comms = [c for c in s.cases if c.comm is not None]
    has_default = len(comms) < len(s.cases)
    inner: list[ir.Stmt] = []
    if not s.cases:
        out.append(ir.ExprStmt(ir.Call(NORESULT, "runtime.block", [], s.pos, noreturn=True)))
        return
    # evaluate every channel and sent value, in source order, before the runtime
    # calls: no user code runs between newselect and selectgo
    recv_tmps: list[ir.LocalRef | None] = []
    regs: list[tuple[str, ir.Expr, ir.Expr]] = []
    for c in comms:
        comm = c.comm
        assert comm is not None
        if isinstance(comm, n.SendStmt):
            ct = chan_type(fb, comm.chan)
            ch = fb.temp(UPTR, inner, ir.Convert(UPTR, fb.expr(comm.chan)), "~c")
            addr = fb.spill(fb.convert(fb.expr(comm.value), ct.elem), inner)
            regs.append(("runtime.selectsend", ch, ir.Convert(UPTR, addr)))
            recv_tmps.append(None)
            continue
        rx = _recv_operand(fb, comm)
        ct = chan_type(fb, rx.x)
        ch = fb.temp(UPTR, inner, ir.Convert(UPTR, fb.expr(rx.x)), "~c")
        tmp = frame_temp(fb, ct.elem)
        regs.append(("runtime.selectrecv", ch, ir.Convert(UPTR, ir.AddrOf(Pointer(ct.elem), tmp))))
        recv_tmps.append(tmp)
    idx = ir.LocalRef(INT, fb.new_local("~case", INT))
    ok = ir.LocalRef(BOOL, fb.new_local("~recvok", BOOL))
    # gc turns a select with one case into that operation (a plain send or receive,
    # or a non-blocking one beside default), attributed to the case's line; a deadlock
    # report then shows the operation's wait reason, not "select"
    pos = s.pos
    if len(comms) == 1:
        comm0 = comms[0].comm
        assert comm0 is not None
        pos = comm0.pos
    if len(comms) == 1 and not has_default:
        fn, chan, addr = regs[0]
        if fn == "runtime.selectsend":
            inner.append(ir.ExprStmt(ir.Call(NORESULT, "runtime.chansend1", [chan, addr], pos)))
        else:
            inner.append(ir.Assign(ok, ir.Call(BOOL, "runtime.chanrecv2", [chan, addr], pos)))
        inner.append(ir.Assign(idx, ir.Const(INT, 0)))
    else:
        sel = fb.temp(UPTR, inner, ir.Call(UPTR, "runtime.newselect", [ir.Const(INT, len(comms))], pos), "~sel")
        for fn, chan, addr in regs:
            inner.append(ir.ExprStmt(ir.Call(NORESULT, fn, [sel, chan, addr])))
        inner.append(ir.AssignCall([idx, ok], ir.Call(Tuple([Var("", INT, None), Var("", BOOL, None)]),
                                                      "runtime.selectgo", [sel, ir.Const(BOOL, not has_default)], pos)))
    fb.push_label(("switch", label))
    clauses: list[tuple[ir.Expr, list[ir.Stmt]]] = []
    default_body: list[ir.Stmt] = []
    i = 0
    for c in s.cases:
        body: list[ir.Stmt] = []
        if c.comm is None:
            body = fb.block(c.body)
            body.append(ir.Break(label))
            default_body = body
            continue
        rtmp = recv_tmps[i]
        if rtmp is not None and isinstance(c.comm, n.AssignStmt):
            _assign_received(fb, c.comm, rtmp, ok, body)
        body.extend(fb.block(c.body))
        body.append(ir.Break(label))
        clauses.append((ir.Binary(BOOL, "==", idx, ir.Const(INT, i), INT), body))
        i += 1
    fb.labels.pop()
    tail = default_body
    for cond, body in reversed(clauses):
        tail = [ir.If(cond, body, tail)]
    inner.append(ir.Breakable(tail, label))
    out.append(ir.Block(inner))


def _recv_operand(fb: FuncBuilder, comm: n.Stmt) -> n.UnaryExpr:
    x: n.Expr | None = None
    if isinstance(comm, n.ExprStmt):
        x = comm.x
    elif isinstance(comm, n.AssignStmt) and len(comm.rhs) == 1:
        x = comm.rhs[0]
    if x is not None:
        x = _unparen(x)
        if isinstance(x, n.UnaryExpr) and x.op == "<-":
            return x
    raise fb.unsupported(comm, "this select case")


def _assign_received(fb: FuncBuilder, comm: n.AssignStmt, tmp: ir.LocalRef, ok: ir.Expr, out: list[ir.Stmt]) -> None:
    """``case v[, ok] = <-c`` / ``:=``: store the received value (and ok)."""
    for e, val in zip(comm.lhs, [tmp, ok], strict=False):
        if isinstance(e, n.Name) and e.value == "_":
            continue
        if comm.op == ":=" and isinstance(e, n.Name) and e in fb.info.defs:
            v = fb.info.defs[e]
            assert isinstance(v, Var)
            loc = fb.local_for(v)
            out.append(ir.Declare(loc))
            out.append(ir.Assign(ir.LocalRef(v.type, loc), fb.convert(val, v.type)))
            continue
        _, t, _ = fb.tv(e)
        dst = fb.lvalue(e, out)
        out.append(ir.Assign(dst, fb.convert(val, t)))
