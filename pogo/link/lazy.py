"""Edges of the link graph that only matter once something else is linked.

Some code paths can only run when a program holds a value of a certain kind, or
after some other part of the runtime has started: printing a float64 panic value
needs a float64 in an interface, which needs a type descriptor of kind float64;
fmt formats a map only if some map type exists; the preemption cold path only
runs once the monitor thread (``runtime.sysmon``) can set the flag. Following
those edges unconditionally links (in hello world) the runtime's and strconv's
float formatting, fmt's map sorting with the map iterator and key hashing, and
the scheduler with its timer and channel types: about a third of the program.

So the dead-code walk follows the edges listed here only once their condition
holds: a named symbol is reached through some other edge, or a type descriptor of
a given reflect.Kind is reached (run-time types are only built from linked
descriptors, so no value of a kind can exist without one). A target that stays
unreached is resolved to address 0 (``RelocKind.WEAK64``/``WEAKPC32``): those
references are only ever executed when their condition would have held.

The table names functions of our own standard library; ``tests/link`` checks
that every entry still names symbols that exist, so a rename cannot silently
turn an entry off.
"""

from __future__ import annotations

from collections.abc import Iterable

from pogo.obj.objfile import Symbol

KIND_OFFSET = 23  # reflect.Kind byte of a type descriptor (compile/typedesc.py)
KIND_FLOAT32, KIND_FLOAT64, KIND_COMPLEX64, KIND_COMPLEX128, KIND_MAP = 13, 14, 15, 16, 21

Cond = str | int  # a symbol name, or a reflect.Kind some reached descriptor must have

_FLOATS: tuple[Cond, ...] = (KIND_FLOAT32, KIND_FLOAT64)
_COMPLEX: tuple[Cond, ...] = (KIND_COMPLEX64, KIND_COMPLEX128)

# (from, to) -> the edge is followed once any of the conditions holds; from "*": any symbol.
EDGES: dict[tuple[str, str], tuple[Cond, ...]] = {
    # panic values: floats and complex numbers are printed only if they can exist
    ("runtime.printpanicval", "runtime.printfloat32"): (KIND_FLOAT32,),
    ("runtime.printpanicval", "runtime.printfloat"): (KIND_FLOAT64,),
    ("runtime.printpanicval", "runtime.printcomplex"): _COMPLEX,
    ("runtime.printcustompanicval", "runtime.printfloat32"): (KIND_FLOAT32,),
    ("runtime.printcustompanicval", "runtime.printfloat"): (KIND_FLOAT64,),
    ("runtime.printcustompanicval", "runtime.printcomplex"): _COMPLEX,
    # fmt's %v walk
    ("fmt.appendAt", "strconv.AppendFloat"): _FLOATS,
    ("fmt.appendAt", "fmt.appendComplex"): _COMPLEX,
    ("fmt.appendAt", "fmt.appendMap"): (KIND_MAP,),
    # the preemption check's cold path runs only after sysmon set the flag
    ("*", "runtime.preemptSave"): ("runtime.sysmon",),
    # a stack check fails for a preemption only after sysmon poisoned a bound, and
    # only a goroutine's stack can move (the main goroutine's never does)
    ("runtime.newstack", "runtime.preemptPark"): ("runtime.sysmon",),
    ("runtime.newstack", "runtime.copystack"): ("runtime.newproc",),
    ("runtime.stackfreeold", "runtime.stackfree"): ("runtime.newproc",),
    ("runtime.gcCollect", "runtime.shrinkStacks"): ("runtime.newproc",),
}

# Functions whose references to these descriptors only compare a dynamic type with
# them (type-switch cases): if nothing else links the descriptor, no value of that
# type exists and the comparison, against 0, is false.
_BASIC = frozenset(
    f"type:{t}" for t in ("bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
                          "uint64", "uintptr", "string", "float32", "float64", "complex64", "complex128"))
TYPE_CASES: dict[str, frozenset[str]] = {
    "runtime.printpanicval": _BASIC,
    "fmt.appendValue": _BASIC,
    "fmt.appendPrint": _BASIC,
}


def condition(src: str, dst: str) -> tuple[Cond, ...]:
    """The conditions of the edge src → dst; () if it is followed at once."""
    conds = EDGES.get((src, dst)) or EDGES.get(("*", dst))
    if conds:
        return conds
    cases = TYPE_CASES.get(src)
    if cases and dst in cases:
        return (dst,)
    return ()


def kind_of(s: Symbol) -> int:
    """The reflect.Kind of a type descriptor symbol, -1 for other symbols."""
    if s.name.startswith("type:") and len(s.data) >= 120:
        return s.data[KIND_OFFSET] & 0x1F
    return -1


def names(table: Iterable[tuple[str, str]] = EDGES) -> set[str]:
    """Every symbol the table names (for the test that keeps it current)."""
    out: set[str] = set()
    for src, dst in table:
        out.update(n for n in (src, dst) if n != "*")
    for conds in EDGES.values():
        out.update(c for c in conds if isinstance(c, str))
    out.update(TYPE_CASES)
    return out
