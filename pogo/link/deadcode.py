"""Keep only the symbols reachable from the entry point, so unused functions cost nothing."""

from __future__ import annotations

from pogo.link.load import LinkError, Program
from pogo.link.methods import REFLECT_METHOD_USERS, MethodKey, MethodTable, weaken_dropped
from pogo.obj.objfile import RelocKind, Symbol


def reachable(prog: Program, roots: list[str]) -> list[Symbol]:
    """Symbols reachable through relocations from ``roots``, in first-reached order.

    Weak relocations (type-descriptor data only package reflect reads: ``*T``
    descriptors, method and parameter types) are followed only when the program
    links package reflect, so that programs without it do not keep every pointer
    method alive. A method's code named by a type descriptor is kept only when
    an interface could call it (see methods.py). A relocation to a name nobody
    defines is reported like Go's linker does: ``<from>: relocation target <to>
    not defined``.
    """
    table = MethodTable(prog.symbols)
    order = _walk(prog, roots, table, weak=False)
    if any(s.name.startswith("reflect.") for s in order):
        order = _walk(prog, roots, table, weak=True)
    weaken_dropped(order, {s.name for s in order}, table)
    return order


def _walk(prog: Program, roots: list[str], table: MethodTable, weak: bool) -> list[Symbol]:
    seen: set[str] = set()
    order: list[Symbol] = []
    missing: list[str] = []
    stack = list(reversed(roots))
    used: set[MethodKey] = set()  # methods of reachable interface types
    pending: dict[MethodKey, list[str]] = {}  # method code waiting for such an interface
    all_methods = False  # reflect can call any method
    later: list[str] = []  # method func types, needed only then
    for r in roots:
        if r not in prog.symbols:
            raise LinkError(f"entry symbol {r} not defined")
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        s = prog.symbols[name]
        order.append(s)
        if name in REFLECT_METHOD_USERS and not all_methods:
            all_methods = True
            for waiting in pending.values():
                stack.extend(waiting)
            pending.clear()
            stack.extend(later)
            later.clear()
        for key in table.interface_keys(s):
            if key not in used:
                used.add(key)
                stack.extend(pending.pop(key, []))
        slots = {} if all_methods else table.code_slots(s)
        mtypes = set() if all_methods or not weak else table.method_type_slots(s)
        for rel in reversed(s.relocs):
            if rel.sym in seen or not weak and rel.kind == RelocKind.WEAK64:
                continue
            if rel.offset in mtypes and rel.kind == RelocKind.WEAK64:
                later.append(rel.sym)  # followed only once reflect can call methods
                continue
            if rel.sym not in prog.symbols:
                msg = f"{name}: relocation target {rel.sym} not defined"
                if msg not in missing:
                    missing.append(msg)
                continue
            method = slots.get(rel.offset)
            if method is not None and method not in used and not all_methods:
                pending.setdefault(method, []).append(rel.sym)
                continue
            stack.append(rel.sym)
    if missing:
        raise LinkError("\n".join(missing))
    return order
