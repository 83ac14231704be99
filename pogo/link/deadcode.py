"""Keep only the symbols reachable from the entry point, so unused functions cost nothing."""

from __future__ import annotations

from pogo.link import lazy, shapes, uncommon
from pogo.link.load import LinkError, Program
from pogo.link.methods import REFLECT_METHOD_USERS, MethodKey, MethodTable, weaken_dropped
from pogo.obj.objfile import RelocKind, Symbol


def reachable(prog: Program, roots: list[str], why: dict[str, str] | None = None) -> list[Symbol]:
    """Symbols reachable through relocations from ``roots``, in first-reached order.

    Weak relocations (type-descriptor data only package reflect reads: ``*T``
    descriptors, method and parameter types) are followed only when the program
    links package reflect, so that programs without it do not keep every pointer
    method alive. A method's code named by a type descriptor is kept only when
    an interface could call it (see methods.py). A relocation to a name nobody
    defines is reported like Go's linker does: ``<from>: relocation target <to>
    not defined``. A descriptor reached only through ``type:T#shape`` references
    (allocation) keeps only its header (shapes.py). ``why``, if given, receives for each kept symbol the symbol
    through which it was first reached (the linker's ``-dumpdep``).
    """
    table = MethodTable(prog.symbols)
    parents: dict[str, str] = {}
    order = _walk(prog, roots, table, False, parents, trim=True)
    trim = not uncommon.needed(order)
    if not trim:
        parents.clear()
        order = _walk(prog, roots, table, any(s.name.startswith("reflect.") for s in order), parents, trim=False)
    if trim:
        order = [uncommon.trimmed(s) for s in order]
    if why is not None:
        why.update(parents)
    shapes.resolve(order)
    kept = {s.name for s in order}
    weaken_dropped(order, kept, table)
    _weaken_lazy(order, kept)
    return order


def _weaken_lazy(order: list[Symbol], kept: set[str]) -> None:
    """References along lazy edges (lazy.py) whose targets stayed unreached read 0."""
    for s in order:
        for r in s.relocs:
            if r.sym in kept:
                continue
            if r.kind == RelocKind.ABS64:
                r.kind = RelocKind.WEAK64
            elif r.kind == RelocKind.PCREL32:
                r.kind = RelocKind.WEAKPC32
            elif r.kind == RelocKind.ABS32:
                r.kind = RelocKind.WEAKABS32


def _walk(prog: Program, roots: list[str], table: MethodTable, weak: bool,
          parents: dict[str, str], trim: bool) -> list[Symbol]:
    seen: set[str] = set()
    order: list[Symbol] = []
    missing: list[str] = []
    stack = [(r, "") for r in reversed(roots)]  # (symbol, the symbol that names it)
    used: set[MethodKey] = set()  # methods of reachable interface types
    pending: dict[MethodKey, list[tuple[str, str]]] = {}  # method code waiting for such an interface
    all_methods = False  # reflect can call any method
    later: list[tuple[str, str]] = []  # method func types, needed only then
    held: set[lazy.Cond] = set()  # conditions of lazy edges that hold
    lazy_wait: dict[lazy.Cond, list[tuple[str, str]]] = {}  # lazy edges waiting for one
    shaped: dict[str, str] = {}  # descriptors reached through allocations -> by whom
    valued: set[str] = set()  # descriptors named by code or data (values may exist)
    if weak:  # reflect makes values of any linked type
        held.update((lazy.PLAIN, lazy.CUSTOM, lazy.FORMATTER))
    for r in roots:
        if r not in prog.symbols:
            raise LinkError(f"entry symbol {r} not defined")
    while stack:
        name, parent = stack.pop()
        if name in seen:
            continue
        base = shapes.base_name(name)
        if base is not None:  # an allocation's reference: only the header is needed
            if base not in seen and base not in shaped:
                shaped[base] = parent
                gc = shapes.gcdata_target(prog.symbols[base])
                if gc is not None:
                    stack.append((gc, base))
            continue
        seen.add(name)
        parents[name] = parent
        s = prog.symbols[name]
        order.append(s)
        for cond in (name, lazy.kind_of(s), lazy.PLAIN if name in lazy.PLAIN_USERS else None):
            if cond is not None and cond not in held:
                held.add(cond)
                stack.extend(lazy_wait.pop(cond, []))
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
        cut = uncommon.start(s) if trim else 0  # the uncommon record is not followed
        for rel in reversed(s.relocs):
            if rel.sym in seen or not weak and rel.kind == RelocKind.WEAK64 or cut and rel.offset >= cut:
                continue
            if rel.offset in mtypes and rel.kind == RelocKind.WEAK64:
                later.append((rel.sym, name))  # followed only once reflect can call methods
                continue
            b = shapes.base_name(rel.sym)
            if rel.sym not in prog.symbols and (b is None or b not in prog.symbols):
                msg = f"{name}: relocation target {rel.sym} not defined"
                if msg not in missing:
                    missing.append(msg)
                continue
            conds = lazy.condition(name, rel.sym)
            if conds and not any(c in held for c in conds):
                for c in conds:
                    lazy_wait.setdefault(c, []).append((rel.sym, name))
                continue
            method = slots.get(rel.offset)
            if method is not None and method not in used and not all_methods:
                pending.setdefault(method, []).append((rel.sym, name))
                continue
            if (b is None and rel.sym.startswith("type:") and not name.startswith("type:")
                    and rel.kind != RelocKind.WEAK64 and rel.sym not in valued):
                valued.add(rel.sym)
                for c in lazy.value_conds(prog.symbols[rel.sym], table):
                    if c not in held:
                        held.add(c)
                        stack.extend(lazy_wait.pop(c, []))
            stack.append((rel.sym, name))
    if missing:
        raise LinkError("\n".join(missing))
    for base, parent in shaped.items():
        if base not in seen:
            order.append(shapes.header_symbol(prog.symbols[base]))
            parents[base] = parent
    return order
