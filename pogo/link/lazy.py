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
descriptors, so no value of a kind can exist without one), or a value condition
holds: some code or data (not another descriptor) names the descriptor of a type
that has no Error or String method and that Print would format by walking its
descriptor (``PLAIN``: not a bool, integer or string kind), or that a panic prints
through ``printcustompanicval`` (``CUSTOM``: not a predeclared type), or that has
a Format method, which Print calls first (``FORMATTER``); see ``value_conds``. In hello world neither holds, so fmt's walk of composite values
(``fmt.appendAny``, 5 KB of code) and the runtime's printing of panic values of
defined types are left out. Package reflect (which makes values of any linked type)
makes both hold at once, Printf (whose verbs other than %v walk values even when
they have methods) makes ``PLAIN`` hold. A target that stays
unreached is resolved to address 0 (``RelocKind.WEAK64``/``WEAKPC32``): those
references are only ever executed when their condition would have held.

The table names functions of our own standard library; ``tests/link`` checks
that every entry still names symbols that exist, so a rename cannot silently
turn an entry off.
"""

from __future__ import annotations

from collections.abc import Iterable

from pogo.link.methods import MethodTable
from pogo.obj.objfile import Symbol

KIND_OFFSET = 23  # reflect.Kind byte of a type descriptor (compile/typedesc.py)
KIND_FLOAT32, KIND_FLOAT64, KIND_COMPLEX64, KIND_COMPLEX128, KIND_INTERFACE, KIND_MAP = 13, 14, 15, 16, 20, 21

Cond = str | int  # a symbol name, or a reflect.Kind some reached descriptor must have

PLAIN = "<plain value>"  # a value fmt formats by walking its descriptor may exist
CUSTOM = "<custom panic value>"  # a panic value printcustompanicval prints may exist
FORMATTER = "<formatter value>"  # a value with a Format method (fmt.Formatter) may exist
PLAIN_USERS = frozenset({"fmt.printArg"})  # linked: PLAIN holds

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
    ("fmt.appendValue", "fmt.appendAny"): (PLAIN,),
    # Print formats with a Format method only values that have one (fmt.formatWith
    # stays nil otherwise)
    ("fmt.formatWith", "fmt.appendFormatter·f"): (FORMATTER,),
    # a panic value with neither a predeclared type nor an Error/String method
    ("runtime.printpanicval", "runtime.printcustompanicval"): (CUSTOM,),
    # fmt prints a reflect.Value as its contents: only a program with that type can
    ("fmt.appendValue", "fmt.reflectValueArg"): ("type:reflect.Value",),
    ("fmt.printArg", "fmt.reflectValueArg"): ("type:reflect.Value",),
    # finalizers are queued only once SetFinalizer registered one (mgc.go tests first)
    ("runtime.gcCollect", "runtime.finMark"): ("runtime.SetFinalizer",),
    ("runtime.gcTrigger", "runtime.wakefing"): ("runtime.SetFinalizer",),
    ("runtime.GC", "runtime.wakefing"): ("runtime.SetFinalizer",),
    # the world needs stopping only once a go statement started sysmon (mgc.go tests first)
    ("runtime.gcTrigger", "runtime.stopTheWorld"): ("runtime.startSysmon",),
    ("runtime.gcTrigger", "runtime.startTheWorld"): ("runtime.startSysmon",),
    ("runtime.GC", "runtime.stopTheWorld"): ("runtime.startSysmon",),
    ("runtime.GC", "runtime.startTheWorld"): ("runtime.startSysmon",),
    # other goroutines may be running a panic's deferred calls only after a go statement
    ("runtime.bootstrap", "runtime.Gosched"): ("runtime.startSysmon",),
    # a system call loses its P only to sysmon (its CAS fails only then)
    ("syscall.runtime_exitsyscall", "runtime.switchToG0"): ("runtime.startSysmon",),
    # only goroutines started by newproc have a creator to print (callers test gopc)
    ("runtime.fatalpanic", "runtime.printcreatedby"): ("runtime.newproc",),
    ("runtime.Stack", "runtime.printcreatedby"): ("runtime.newproc",),
    ("runtime.stackOverflow", "runtime.printcreatedby"): ("runtime.newproc",),
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
    "fmt.appendPrint": _BASIC,
}


# Kinds fmt.appendValue formats itself (bool, the integers, string); types the
# runtime's printpanicval formats itself (the other predeclared ones).
_PRINTED_KINDS = frozenset(range(1, 13)) | {24}
_PREDECLARED = frozenset(
    f"type:{t}" for t in ("bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
                          "uint64", "uintptr", "string", "float32", "float64", "complex64", "complex128"))
_FORMAT_METHODS = frozenset({(b"Error", b"func() string"), (b"String", b"func() string")})


def value_conds(d: Symbol, table: MethodTable) -> tuple[Cond, ...]:
    """What a value whose dynamic type d describes makes hold, once code or data names d
    (so such a value may exist): PLAIN when Print would format it by walking d, CUSTOM
    when a panic with it prints through printcustompanicval. Neither for an interface
    type (interface values always hold a concrete type) or a type with an Error or
    String method (formatted by it; an interface naming these methods is linked
    with appendMethods and printpanicval, so the methods' code is kept)."""
    kind = kind_of(d)
    if kind in (-1, KIND_INTERFACE):
        return ()
    methods = table.code_slots(d).values()
    conds: list[Cond] = [FORMATTER] if any(name == b"Format" for name, _ in methods) else []
    if _FORMAT_METHODS.intersection(methods):
        return tuple(conds)
    if kind not in _PRINTED_KINDS:
        conds.append(PLAIN)
    if d.name not in _PREDECLARED:
        conds.append(CUSTOM)
    return tuple(conds)


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
        out.update(c for c in conds if isinstance(c, str) and c not in (PLAIN, CUSTOM, FORMATTER))
    out.update(TYPE_CASES)
    out.update(PLAIN_USERS)
    return out
