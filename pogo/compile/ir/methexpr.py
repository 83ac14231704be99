"""Method expressions that need a wrapper: ``T.M`` of a promoted method and ``I.M``.

The wrapper is a function whose first parameter is the receiver expression's type; it
walks the embedded fields to the method's real receiver (or dispatches through the
interface's itab) and forwards the remaining arguments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.ir import nodes as ir
from pogo.compile.ir.methods import iface_method_index, method_symbol
from pogo.compile.syntax import nodes as n
from pogo.compile.types import universe as u
from pogo.compile.types.lookup import lookup
from pogo.compile.types.objects import Func
from pogo.compile.types.types import Interface, Pointer, Signature, Tuple, Type

if TYPE_CHECKING:
    from pogo.compile.ir.build import FuncBuilder

UPTR = u.UNSAFE_POINTER


def itab_call(rt: Type, it: Type, v: ir.Expr, name: str, args: list[ir.Expr]) -> ir.Call:
    """A dynamically dispatched call of method name on interface value v (of type it)."""
    tab = ir.NilCheck(UPTR, ir.Part(UPTR, v, 0))
    fn = ir.Load(UPTR, ir.PtrAdd(UPTR, tab, ir.Const(u.INT, 24 + 8 * iface_method_index(it, name))))
    return ir.Call(rt, "", [ir.Part(UPTR, v, 1), *args], fn=fn)


def wrapper_expr(b: FuncBuilder, e: n.SelectorExpr, m: Func, recv_t: Type, t: Type, msym: str = "") -> ir.Expr:
    """The function value of method expression e (recv_t.M, of func type t); msym names
    the instance to call when M is a generic method (its own signature is generic)."""
    from pogo.compile.ir.build import FuncBuilder

    sig = t.underlying()
    msig = m.type
    assert isinstance(sig, Signature) and isinstance(msig, Signature)
    b.lit_count += 1
    sym = f"{b.sym}.func{b.lit_count}"
    child = FuncBuilder(b.pb, b.filename)
    child.info = b.info  # in a generic instance: the substituted view
    child.sym = sym
    params: list[ir.Local] = []
    for i, p in enumerate(sig.params):
        loc = child.new_local("~p", p.type)
        loc.param_index = i
        params.append(loc)
    results: list[ir.Local] = []
    for i, r in enumerate(sig.results):
        loc = child.new_local("~r", r.type)
        loc.result_index = i
        results.append(loc)
    body: list[ir.Stmt] = []
    recv = ir.LocalRef(params[0].type, params[0])
    args: list[ir.Expr] = [ir.LocalRef(p.type, p) for p in params[1:]]
    if msym:
        msig = Signature(sig.params[1:], sig.results, sig.variadic)
    rt: Type = Tuple(msig.results) if len(msig.results) != 1 else msig.results[0].type
    ru = recv_t.underlying()
    call: ir.Call
    if isinstance(ru, Interface):
        call = itab_call(rt, recv_t, recv, m.name, args)
    else:
        sel = lookup(recv_t, m.name, m.pkg)
        if isinstance(ru, Pointer):
            base: ir.Expr = ir.Convert(UPTR, recv)
            cur, from_ptr = ru.elem, True
        else:
            base = ir.Convert(UPTR, child.spill(recv, body))
            cur, from_ptr = recv_t, False
        path = sel.index[:-1]
        base, cur = child.walk_path(base, cur, path, from_ptr, body)
        rcv = child.finish_receiver(base, cur, m, bool(path) or from_ptr, body)
        if isinstance(rcv, tuple):
            ifv, it = rcv
            call = itab_call(rt, it, child.temp(it, body, ifv, "~iv"), m.name, args)
        else:
            call = ir.Call(rt, msym or method_symbol(m), [rcv, *args])
    child.finish_forward(body, call, msig, results)
    b.pb.extra_funcs.append(ir.Func(sym, b.filename, e.pos, params, results, body, child.all_locals))
    return ir.SymAddr(t, b.pb.funcval(sym))
