"""Keep only the symbols reachable from the entry point, so unused functions cost nothing."""

from __future__ import annotations

from pogo.link.load import LinkError, Program
from pogo.obj.objfile import RelocKind, Symbol


def reachable(prog: Program, roots: list[str]) -> list[Symbol]:
    """Symbols reachable through relocations from ``roots``, in first-reached order.

    Weak relocations (type-descriptor data only package reflect reads: ``*T``
    descriptors, method and parameter types) are followed only when the program
    links package reflect, so that programs without it do not keep every pointer
    method alive. A relocation to a name nobody defines is reported like Go's
    linker does: ``<from>: relocation target <to> not defined``.
    """
    order = _walk(prog, roots, weak=False)
    if any(s.name.startswith("reflect.") for s in order):
        order = _walk(prog, roots, weak=True)
    return order


def _walk(prog: Program, roots: list[str], weak: bool) -> list[Symbol]:
    seen: set[str] = set()
    order: list[Symbol] = []
    missing: list[str] = []
    stack = list(reversed(roots))
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
        for rel in reversed(s.relocs):
            if rel.sym in seen or not weak and rel.kind == RelocKind.WEAK64:
                continue
            if rel.sym not in prog.symbols:
                msg = f"{name}: relocation target {rel.sym} not defined"
                if msg not in missing:
                    missing.append(msg)
                continue
            stack.append(rel.sym)
    if missing:
        raise LinkError("\n".join(missing))
    return order
