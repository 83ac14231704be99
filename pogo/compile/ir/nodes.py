"""IR: the checked program as a lowered tree.

Compared with the syntax tree, everything implicit is explicit here: every expression has
its final type, constants are folded values, untyped operands are converted, values
assigned to interfaces are boxed, variadic arguments are packed, op-assignments, ``++``,
``switch`` and ``:=`` are desugared, and names are resolved to locals, globals or link
symbols. The SSA builder consumes this tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pogo.compile.syntax.nodes import NOPOS, Pos
from pogo.compile.types.constant import Value
from pogo.compile.types.types import Type
from pogo.obj.pctab import INL_SHIFT as INL_SHIFT


class Local:
    """A function-local variable (parameters and results included)."""

    __slots__ = ("name", "type", "id", "addr_taken", "in_frame", "param_index", "result_index", "capture_index", "pos")

    def __init__(self, name: str, type: Type, id: int) -> None:
        self.name = name
        self.type = type
        self.id = id
        self.addr_taken = False  # its address may escape: it lives in a heap cell
        self.in_frame = False  # addressed only transiently (array indexing): a frame slot
        self.capture_index = -1  # a variable captured by a closure: its cell pointer is closure word 1+k
        self.param_index = -1
        self.result_index = -1
        self.pos = NOPOS  # its declaration (for -m reports)

    def __repr__(self) -> str:
        return f"{self.name}#{self.id}"


class Expr:
    __slots__ = ("type",)
    type: Type


@dataclass(slots=True, eq=False)
class Const(Expr):
    type: Type
    value: Value


@dataclass(slots=True, eq=False)
class Nil(Expr):
    """The zero value of a pointer, slice, interface or function type."""

    type: Type


@dataclass(slots=True, eq=False)
class LocalRef(Expr):
    type: Type
    local: Local


@dataclass(slots=True, eq=False)
class GlobalRef(Expr):
    type: Type
    sym: str


@dataclass(slots=True, eq=False)
class Unary(Expr):
    type: Type
    op: str  # - ^ !
    x: Expr


@dataclass(slots=True, eq=False)
class Binary(Expr):
    """Arithmetic, comparison, and the short-circuit && and ||.

    ``operand`` is the operands' type (comparisons yield bool but compare operands).
    """

    type: Type
    op: str
    x: Expr
    y: Expr
    operand: Type


@dataclass(slots=True, eq=False)
class Call(Expr):
    """A call of a link symbol, or of the code address ``fn``; ``type`` is the single
    result type, or a types.Tuple for several results (then only usable through
    AssignCall)."""

    type: Type
    sym: str
    args: list[Expr]
    pos: Pos = NOPOS
    noreturn: bool = False
    fn: Expr | None = None  # an indirect call of this code address (sym is "")
    closure: Expr | None = None  # a call of this func value (sym is ""): its closure in the context register
    what: str = ""  # gc's text in -m reports for an allocation ("&T{...}") or an interface method call ("s.Area")
    lparen: Pos = NOPOS  # a call written in the source: its "(", where gc reports inlining


@dataclass(slots=True, eq=False)
class Convert(Expr):
    """Value conversion between basic types (numeric widths, pointer <-> unsafe.Pointer
    <-> uintptr), or a change of type between types with the same underlying layout;
    string conversions are runtime calls and never appear here."""

    type: Type
    x: Expr


@dataclass(slots=True, eq=False)
class MakeIface(Expr):
    """Box a concrete value into an empty interface: (type descriptor, data pointer)."""

    type: Type
    x: Expr


@dataclass(slots=True, eq=False)
class MakeClosure(Expr):
    """A new closure object: the code address of ``sym``, then the given words (the cell
    pointers of captured variables)."""

    type: Type
    sym: str
    captures: list[Expr]


@dataclass(slots=True, eq=False)
class SymAddr(Expr):
    """Address of a link symbol (an itab, a function's code)."""

    type: Type
    sym: str


@dataclass(slots=True, eq=False)
class TypeAddr(Expr):
    """Address of the type descriptor of ``of``."""

    type: Type
    of: Type


@dataclass(slots=True, eq=False)
class Field(Expr):
    """The words of a component of a multi-word value: those of ``type`` starting at word
    ``first`` of ``x`` (a struct field, or an array element at a constant index)."""

    type: Type
    x: Expr
    first: int


@dataclass(slots=True, eq=False)
class Part(Expr):
    """Word ``index`` of a multi-word value: string (ptr, len), slice (ptr, len, cap),
    interface (type, data)."""

    type: Type
    x: Expr
    index: int


@dataclass(slots=True, eq=False)
class Make(Expr):
    """Assemble a multi-word value from its words (inverse of Part)."""

    type: Type
    parts: list[Expr]


@dataclass(slots=True, eq=False)
class Load(Expr):
    type: Type
    addr: Expr


@dataclass(slots=True, eq=False)
class AddrOf(Expr):
    """Address of a local in memory (heap cell or frame slot) or of a global."""

    type: Type
    target: Expr  # LocalRef or GlobalRef


@dataclass(slots=True, eq=False)
class PtrAdd(Expr):
    """``ptr + offset`` bytes (offset an int expression)."""

    type: Type
    ptr: Expr
    offset: Expr


@dataclass(slots=True, eq=False)
class NilCheck(Expr):
    """``x`` (a pointer), after checking that it is not nil: a nil pointer panics with
    gc's "invalid memory address or nil pointer dereference"."""

    type: Type
    x: Expr


@dataclass(slots=True, eq=False)
class Seq(Expr):
    """Run statements, then yield ``value`` (used for lowered expressions)."""

    type: Type
    stmts: list[Stmt]
    value: Expr


# ---------------------------------------------------------------------------


class Stmt:
    __slots__ = ()


@dataclass(slots=True, eq=False)
class Assign(Stmt):
    """``dst = src``; dst is a LocalRef, GlobalRef or Load (store through pointer).
    ``user`` marks an assignment written in the source (or an inlined call's binding of
    a parameter or result): only those may hand a slice on (ir/slicebuf.py)."""

    dst: Expr
    src: Expr
    user: bool = False


@dataclass(slots=True, eq=False)
class Line(Stmt):
    """The code that follows comes from this source line (tracebacks, objdump)."""

    line: int


@dataclass(slots=True, eq=False)
class Declare(Stmt):
    """The declaration point of a local: an address-taken (escaping) local gets a fresh,
    zeroed heap cell here, so every execution of the declaration makes a new variable."""

    local: Local


@dataclass(slots=True, eq=False)
class Redeclare(Stmt):
    """A fresh heap cell for an address-taken local, initialised with its current value
    (Go 1.22 per-iteration loop variables, before the post statement)."""

    local: Local


@dataclass(slots=True, eq=False)
class AssignCall(Stmt):
    """Assign the results of a multi-result call; None entries are discarded."""

    dsts: list[Expr | None]
    call: Call


@dataclass(slots=True, eq=False)
class ExprStmt(Stmt):
    x: Expr


@dataclass(slots=True, eq=False)
class If(Stmt):
    cond: Expr
    then: list[Stmt]
    else_: list[Stmt]


@dataclass(slots=True, eq=False)
class Loop(Stmt):
    """``for { if !cond break; body; continue-target: post }``."""

    cond: Expr | None
    body: list[Stmt]
    post: list[Stmt]
    label: int  # identifies the loop for Break/Continue


@dataclass(slots=True, eq=False)
class Break(Stmt):
    label: int


@dataclass(slots=True, eq=False)
class Continue(Stmt):
    label: int


@dataclass(slots=True, eq=False)
class Label(Stmt):
    """A goto target (user labels, fallthrough into the next case body)."""

    label: int


@dataclass(slots=True, eq=False)
class Goto(Stmt):
    label: int


@dataclass(slots=True, eq=False)
class Breakable(Stmt):
    """A block that ``Break(label)`` leaves (lowered switch statements)."""

    body: list[Stmt]
    label: int


@dataclass(slots=True, eq=False)
class Return(Stmt):
    values: list[Expr]  # empty: results already assigned (named results)


@dataclass(slots=True, eq=False)
class Block(Stmt):
    stmts: list[Stmt]


@dataclass(slots=True, eq=False)
class Func:
    name: str  # link symbol
    file: str
    pos: Pos
    params: list[Local]
    results: list[Local]
    body: list[Stmt]
    locals: list[Local] = field(default_factory=list)
    intrinsic: bool = False  # body provided by the code generator
    dupok: bool = False  # an instance of generic code: other packages may generate it too
    pragmas: list[str] = field(default_factory=list)  # //go: directives of its declaration
    name_pos: Pos = NOPOS  # where its name is declared (gc reports "can inline" there)
    # the inline tree: (callee symbol, callee file, call site) per inlined call; line
    # values in an inlined body carry the 1-based record index above INL_SHIFT
    inlines: list[tuple[str, str, int]] = field(default_factory=list)
    closure_parent: str = ""  # a function literal: the symbol of the function it appears in


# A line value is line | record << INL_SHIFT, record 0 being the function's own code.
LINE_MASK = (1 << INL_SHIFT) - 1


@dataclass(slots=True, eq=False)
class Global:
    sym: str
    type: Type
    # initial bytes and ABS64 relocations (offset, symbol) of a statically
    # initialised variable (staticinit.py); None keeps it in bss
    data: bytes | None = None
    relocs: list[tuple[int, str]] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Package:
    path: str
    funcs: list[Func]
    globals: list[Global]
    init: str  # symbol of the package init function ("" if none)
    strings: dict[bytes, str] = field(default_factory=dict)
    types: dict[str, Type] = field(default_factory=dict)  # type descriptor symbols needed
    itabs: dict[str, tuple[Type, Type]] = field(default_factory=dict)  # itab symbol -> (concrete, interface)
    funcvals: dict[str, str] = field(default_factory=dict)  # static closure symbol -> function symbol
    # boxings of a call's result: (allocation, the call, its -m text); the inliner names an
    # inlined call's result as gc does (~r0) instead
    boxed_calls: list[tuple[Call, Call, str]] = field(default_factory=list)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(x: object) -> tuple[str, ...]:
    """The dataclass field names of x's class, computed once per class: the generic tree
    walks (escape analysis, inlining) visit every node, and dataclasses.fields is slow."""
    cls = type(x)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        import dataclasses

        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    return names
