"""Devirtualisation: a method call through an interface value whose dynamic type is
known at compile time becomes a direct call of the method.

The interface value must come, through variables assigned exactly once, from a
conversion of a concrete value (``ir.Make`` of an itab symbol and the data word). Only
methods declared on the type itself with a receiver of the stored kind are called
directly (a value method stored as a *T would need the wrapper's nil check), so the
call behaves exactly like the dynamic one.
"""

from __future__ import annotations

from collections.abc import Callable

from pogo.compile.ir import nodes as ir
from pogo.compile.ir.escape import assigned_once, walk_nodes
from pogo.compile.ir.methods import method_set, method_symbol
from pogo.compile.syntax.nodes import NOPOS, Pos
from pogo.compile.types.lookup import ptr_recv
from pogo.compile.types.types import Interface, Named, Pointer, Type, type_string

Report = Callable[[str, Pos, str], None]


def plain_assigned_once(fn: ir.Func) -> dict[int, ir.Expr]:
    """Locals (not in memory, not parameters, results or captures) with exactly one
    assignment: its value."""
    plain = {lc.id for lc in fn.locals if not lc.addr_taken and lc.param_index < 0 and lc.result_index < 0 and lc.capture_index < 0}
    return {lid: v for lid, v in assigned_once(fn).items() if lid in plain}


def devirtualize(fn: ir.Func, pkg: ir.Package, report: Report | None) -> None:
    once = plain_assigned_once(fn)

    def itab_of(e: ir.Expr) -> str | None:
        for _ in range(50):
            if isinstance(e, ir.LocalRef) and e.local.id in once:
                e = once[e.local.id]
            elif isinstance(e, ir.Seq):
                e = e.value
            elif isinstance(e, ir.Make) and len(e.parts) == 2 and isinstance(e.parts[0], ir.SymAddr):
                return e.parts[0].sym if e.parts[0].sym in pkg.itabs else None
            else:
                return None
        return None

    for node in walk_nodes(fn.body):
        if not isinstance(node, ir.Call) or node.fn is None or not node.args:
            continue
        f = node.fn
        if not (isinstance(f, ir.Load) and isinstance(f.addr, ir.PtrAdd) and isinstance(f.addr.offset, ir.Const)):
            continue
        tab = f.addr.ptr
        if isinstance(tab, ir.NilCheck):
            tab = tab.x
        if not (isinstance(tab, ir.Part) and tab.index == 0):
            continue
        sym = itab_of(tab.x)
        off = f.addr.offset.value
        if sym is None or not isinstance(off, int):
            continue
        concrete, iface = pkg.itabs[sym]
        target = direct_method(concrete, iface, (off - 24) // 8)
        if target is None:
            continue
        msym, by_value = target
        recv = node.args[0]
        if by_value:
            recv = ir.Load(concrete, ir.Convert(Pointer(concrete), recv))
        node.sym, node.fn, node.args = msym, None, [recv, *node.args[1:]]
        if report is not None and node.what and node.lparen != NOPOS:
            report(fn.file, node.lparen, f"devirtualizing {node.what} to {type_string(concrete, pkg.path)}")


def direct_method(concrete: Type, iface: Type, index: int) -> tuple[str, bool] | None:
    """The symbol of the method behind itab entry ``index``, and whether it takes the
    receiver by value; None when only a wrapper would do."""
    iu = iface.underlying()
    if not isinstance(iu, Interface) or not 0 <= index < len(iu.methods):
        return None
    name = iu.methods[index].name
    is_ptr = isinstance(concrete, Pointer)
    named = concrete.elem if isinstance(concrete, Pointer) else concrete
    if not isinstance(named, Named) or named.targs:
        return None
    for m, sel in method_set(concrete):
        if m.name != name:
            continue
        if len(sel.index) != 1 or ptr_recv(m) != is_ptr:
            return None
        return method_symbol(m), not is_ptr
    return None
