"""Syntax tree node classes: compact data classes, one per construct of the Go grammar.

The parser builds these; the type checker reads them and records its results in side
tables keyed by node identity, so nodes stay plain data. Every node carries ``pos``, the
1-based (line, column) of its first token; column counts bytes, as gc does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


@dataclass(slots=True, frozen=True)
class Pos:
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.line}:{self.col}"


NOPOS = Pos(0, 0)


class Node:
    """Base of every syntax node (for isinstance checks and typing only)."""

    __slots__ = ()
    pos: Pos


class Expr(Node):
    __slots__ = ()


class Stmt(Node):
    __slots__ = ()


class Decl(Node):
    __slots__ = ()


# ---------------------------------------------------------------------------
# Expressions


class LitKind(Enum):
    INT = "int"
    FLOAT = "float"
    IMAG = "imag"
    CHAR = "char"  # rune literal
    STRING = "string"


@dataclass(slots=True, eq=False)
class BadExpr(Expr):
    """Placeholder produced by error recovery."""

    pos: Pos


@dataclass(slots=True, eq=False)
class Name(Expr):
    pos: Pos
    value: str


@dataclass(slots=True, eq=False)
class BasicLit(Expr):
    """A literal; ``value`` is the raw source text (quotes and prefixes included)."""

    pos: Pos
    kind: LitKind
    value: str
    bad: bool = False  # malformed (the scanner reported it); the checker stays silent about it


@dataclass(slots=True, eq=False)
class CompositeLit(Expr):
    """``T{elems}``; ``type`` is None for elided types inside another literal."""

    pos: Pos
    type: Expr | None
    elems: list[Expr]
    rbrace: Pos


@dataclass(slots=True, eq=False)
class KeyValueExpr(Expr):
    pos: Pos
    key: Expr
    value: Expr


@dataclass(slots=True, eq=False)
class FuncLit(Expr):
    pos: Pos
    type: FuncType
    body: BlockStmt


@dataclass(slots=True, eq=False)
class ParenExpr(Expr):
    pos: Pos
    x: Expr


@dataclass(slots=True, eq=False)
class SelectorExpr(Expr):
    pos: Pos
    x: Expr
    sel: Name


@dataclass(slots=True, eq=False)
class IndexExpr(Expr):
    """``x[i]``, or ``x[T1, T2]`` (generic instantiation: several indices)."""

    pos: Pos
    x: Expr
    index: list[Expr]
    lbrack: Pos = NOPOS  # where gc reports errors about an instantiation as a whole


@dataclass(slots=True, eq=False)
class SliceExpr(Expr):
    """``x[lo:hi]`` or ``x[lo:hi:max]`` (full=True for the 3-index form)."""

    pos: Pos
    x: Expr
    lo: Expr | None
    hi: Expr | None
    max: Expr | None
    full: bool


@dataclass(slots=True, eq=False)
class AssertExpr(Expr):
    """``x.(T)``; ``type`` is None for ``x.(type)`` in a type switch guard."""

    pos: Pos
    x: Expr
    type: Expr | None


@dataclass(slots=True, eq=False)
class TupleElem(Expr):
    """Value ``index`` of the multi-value call ``call`` passed alone to a built-in
    (``append(f())``); made by the type checker, never by the parser."""

    pos: Pos
    call: Expr
    index: int


@dataclass(slots=True, eq=False)
class CallExpr(Expr):
    """Calls and conversions alike (the checker tells them apart).

    ``pos`` is the position of the opening parenthesis's callee start; ``lparen`` of "(".
    """

    pos: Pos
    fun: Expr
    args: list[Expr]
    has_dots: bool
    lparen: Pos
    rparen: Pos


@dataclass(slots=True, eq=False)
class UnaryExpr(Expr):
    """Prefix operators: + - ! ^ & <- and ~ (the latter only in constraints).

    ``pos`` is the operator's position. Dereference and pointer types use StarExpr.
    """

    pos: Pos
    op: str
    x: Expr


@dataclass(slots=True, eq=False)
class BinaryExpr(Expr):
    """Binary operators, including ``|`` in constraint unions.

    ``pos`` is the position of the left operand (gc reports most errors there);
    ``op_pos`` is the operator's position.
    """

    pos: Pos
    op: str
    x: Expr
    y: Expr
    op_pos: Pos


@dataclass(slots=True, eq=False)
class StarExpr(Expr):
    """``*x``: dereference in expressions, pointer type in type contexts."""

    pos: Pos
    x: Expr


# Types


@dataclass(slots=True, eq=False)
class ArrayType(Expr):
    """``[len]elem``; ``len`` is None for ``[...]elem``."""

    pos: Pos
    len: Expr | None
    elem: Expr


@dataclass(slots=True, eq=False)
class SliceType(Expr):
    pos: Pos
    elem: Expr


@dataclass(slots=True, eq=False)
class DotsType(Expr):
    """``...elem``, only as the type of a final parameter."""

    pos: Pos
    elem: Expr


@dataclass(slots=True, eq=False)
class Field(Node):
    """One field, parameter, result or interface element.

    The parser splits ``a, b int`` into two Fields sharing the same ``type`` node object.
    ``name`` is None for anonymous parameters, embedded fields and embedded interface
    elements. In an interface, a method is a Field whose ``type`` is a FuncType.
    """

    pos: Pos
    name: Name | None
    type: Expr
    tag: BasicLit | None = None


@dataclass(slots=True, eq=False)
class StructType(Expr):
    pos: Pos
    fields: list[Field]


@dataclass(slots=True, eq=False)
class FuncType(Expr):
    pos: Pos
    tparams: list[Field]
    params: list[Field]
    results: list[Field]


@dataclass(slots=True, eq=False)
class InterfaceType(Expr):
    pos: Pos
    methods: list[Field]


@dataclass(slots=True, eq=False)
class MapType(Expr):
    pos: Pos
    key: Expr
    value: Expr


class ChanDir(Enum):
    BOTH = 0
    SEND = 1  # chan<- T
    RECV = 2  # <-chan T


@dataclass(slots=True, eq=False)
class ChanType(Expr):
    pos: Pos
    dir: ChanDir
    elem: Expr


# ---------------------------------------------------------------------------
# Statements


@dataclass(slots=True, eq=False)
class BadStmt(Stmt):
    pos: Pos


@dataclass(slots=True, eq=False)
class EmptyStmt(Stmt):
    pos: Pos


@dataclass(slots=True, eq=False)
class ExprStmt(Stmt):
    pos: Pos
    x: Expr


@dataclass(slots=True, eq=False)
class SendStmt(Stmt):
    pos: Pos
    chan: Expr
    value: Expr


@dataclass(slots=True, eq=False)
class IncDecStmt(Stmt):
    pos: Pos
    x: Expr
    op: str  # "++" or "--"


@dataclass(slots=True, eq=False)
class AssignStmt(Stmt):
    """``lhs op rhs`` with op one of = := += -= *= /= %= &= |= ^= <<= >>= &^=.

    ``pos`` is the position of the assignment operator, as in gc.
    """

    pos: Pos
    op: str
    lhs: list[Expr]
    rhs: list[Expr]


@dataclass(slots=True, eq=False)
class GoStmt(Stmt):
    pos: Pos
    call: Expr


@dataclass(slots=True, eq=False)
class DeferStmt(Stmt):
    pos: Pos
    call: Expr


@dataclass(slots=True, eq=False)
class ReturnStmt(Stmt):
    pos: Pos
    results: list[Expr]


@dataclass(slots=True, eq=False)
class BranchStmt(Stmt):
    pos: Pos
    tok: str  # break continue goto fallthrough
    label: Name | None


@dataclass(slots=True, eq=False)
class BlockStmt(Stmt):
    pos: Pos
    stmts: list[Stmt]
    rbrace: Pos


@dataclass(slots=True, eq=False)
class IfStmt(Stmt):
    pos: Pos
    init: Stmt | None
    cond: Expr
    then: BlockStmt
    else_: Stmt | None  # IfStmt or BlockStmt


@dataclass(slots=True, eq=False)
class CaseClause(Node):
    """A switch case; ``exprs`` is None for ``default``. Also used for type switches,
    where ``exprs`` hold types (``nil`` appears as a Name)."""

    pos: Pos
    exprs: list[Expr] | None
    body: list[Stmt]
    colon: Pos


@dataclass(slots=True, eq=False)
class SwitchStmt(Stmt):
    pos: Pos
    init: Stmt | None
    tag: Expr | None
    cases: list[CaseClause]
    rbrace: Pos


@dataclass(slots=True, eq=False)
class TypeSwitchStmt(Stmt):
    """``switch [init;] [bind :=] x.(type) { ... }``."""

    pos: Pos
    init: Stmt | None
    bind: Name | None
    x: Expr
    cases: list[CaseClause]
    rbrace: Pos


@dataclass(slots=True, eq=False)
class CommClause(Node):
    """A select case; ``comm`` is None for ``default``, else a SendStmt, ExprStmt
    (receive) or AssignStmt (receive with assignment)."""

    pos: Pos
    comm: Stmt | None
    body: list[Stmt]
    colon: Pos


@dataclass(slots=True, eq=False)
class SelectStmt(Stmt):
    pos: Pos
    cases: list[CommClause]
    rbrace: Pos


@dataclass(slots=True, eq=False)
class ForStmt(Stmt):
    pos: Pos
    init: Stmt | None
    cond: Expr | None
    post: Stmt | None
    body: BlockStmt


@dataclass(slots=True, eq=False)
class RangeStmt(Stmt):
    """``for [key [, value] (=|:=)] range x body``; define is True for ``:=``."""

    pos: Pos
    key: Expr | None
    value: Expr | None
    define: bool
    x: Expr
    body: BlockStmt
    extra: Expr | None = None  # a third iteration variable: an error the type checker reports


@dataclass(slots=True, eq=False)
class LabeledStmt(Stmt):
    pos: Pos
    label: Name
    stmt: Stmt


@dataclass(slots=True, eq=False)
class DeclStmt(Stmt):
    pos: Pos
    decls: list[Decl]


# ---------------------------------------------------------------------------
# Declarations


@dataclass(slots=True, eq=False)
class ImportDecl(Decl):
    pos: Pos
    name: Name | None  # local name, "." or "_" ; None when absent
    path: BasicLit


@dataclass(slots=True, eq=False)
class ConstDecl(Decl):
    """One ConstSpec. ``iota`` is its index in the group. When the spec omits its
    values, the parser fills ``type`` and ``values`` with the previous spec's node
    objects and sets ``implicit``."""

    pos: Pos
    names: list[Name]
    type: Expr | None
    values: list[Expr]
    iota: int
    implicit: bool = False


@dataclass(slots=True, eq=False)
class VarDecl(Decl):
    pos: Pos
    names: list[Name]
    type: Expr | None
    values: list[Expr]


@dataclass(slots=True, eq=False)
class TypeDecl(Decl):
    pos: Pos
    name: Name
    tparams: list[Field]
    alias: bool
    type: Expr


@dataclass(slots=True, eq=False)
class FuncDecl(Decl):
    """A function or method; ``pragmas`` holds the ``//go:xxx`` directive names
    directly above it (e.g. "go:noinline")."""

    pos: Pos
    recv: Field | None
    name: Name
    tparams: list[Field]
    type: FuncType
    body: BlockStmt | None
    pragmas: list[str] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class File(Node):
    pos: Pos  # position of the "package" keyword
    filename: str
    pkg_name: Name
    decls: list[Decl]
    eof: Pos
