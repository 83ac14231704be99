"""Shared state of the type checker: operands, the Info side tables, error reporting.

The checker is split by concern into a chain of classes (base → typexpr → expr → call →
stmt → check); each module adds one layer. Results are recorded in ``Info``, keyed by
syntax node identity, for the IR builder to read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from pogo.compile.diag import Diagnostics
from pogo.compile.syntax import nodes as n
from pogo.compile.types import constant
from pogo.compile.types.exprstring import expr_string
from pogo.compile.types.objects import Func, Object, Package, Scope, Var
from pogo.compile.types.types import INVALID, Basic, Kind, Type, type_string


class Mode(Enum):
    INVALID = 0
    NOVALUE = 1  # call of a function without results
    BUILTIN = 2
    TYPEXPR = 3
    CONSTANT = 4
    VARIABLE = 5  # addressable
    MAPINDEX = 6
    VALUE = 7
    COMMAOK = 8  # value that may be used in a comma-ok assignment


@dataclass(slots=True)
class Operand:
    mode: Mode
    expr: n.Expr | None
    type: Type = INVALID
    val: constant.Value | None = None
    builtin: str = ""
    nil: bool = False  # the predeclared nil, even after conversion to a typed nil (types2's nilvalue)

    def invalid(self) -> bool:
        return self.mode == Mode.INVALID


@dataclass(slots=True)
class TypeAndValue:
    mode: Mode
    type: Type
    val: constant.Value | None = None


@dataclass(slots=True)
class InitEntry:
    """A package-level variable initialisation, in execution order."""

    lhs: list[Var]
    rhs: n.Expr | None  # None: zero value (never recorded)


@dataclass(slots=True)
class FuncInfo:
    decl: n.FuncDecl
    obj: Func
    file: str


@dataclass(slots=True)
class Info:
    types: dict[n.Expr, TypeAndValue] = field(default_factory=dict)
    defs: dict[n.Name, Object] = field(default_factory=dict)
    uses: dict[n.Name, Object] = field(default_factory=dict)
    implicits: dict[n.Node, Var] = field(default_factory=dict)  # type switch case vars
    init_order: list[InitEntry] = field(default_factory=list)
    funcs: list[FuncInfo] = field(default_factory=list)
    inits: list[Func] = field(default_factory=list)  # init() functions, source order
    globals: list[Var] = field(default_factory=list)
    # the name denoting a generic function at each instantiation -> its type arguments
    instances: dict[n.Name, list[Type]] = field(default_factory=dict)
    # what the checker accepts but the back end cannot compile: (file, position, message)
    unsupported: list[tuple[str, n.Pos, str]] = field(default_factory=list)


def describe(x: Operand, qualify: str) -> str:
    """gc's operand description: ``x (variable of type int)``."""
    expr = expr_string(x.expr) if x.expr is not None else ""
    if x.mode == Mode.INVALID:
        return expr + " (invalid operand)"
    if x.mode == Mode.NOVALUE:
        return expr + " (no value)"
    if x.mode == Mode.BUILTIN:
        return expr + " (built-in)"
    if x.mode == Mode.TYPEXPR:
        return expr + " (type)"
    t = type_string(x.type, qualify)
    of = "of " + _type_desc(x.type, t, qualify)
    if x.mode == Mode.CONSTANT:
        if isinstance(x.type, Basic) and x.type.kind == Kind.UNTYPED_NIL:
            return "nil"
        lit = isinstance(x.expr, n.BasicLit) or (
            isinstance(x.expr, n.UnaryExpr) and isinstance(x.expr.x, n.BasicLit))
        is_float = isinstance(x.type, Basic) and x.type.underlying().is_float()  # type: ignore[attr-defined]
        valstr = constant.go_string(x.val, is_float) if x.val is not None else ""
        if isinstance(x.type, Basic) and x.type.is_untyped():
            if valstr == expr:
                return f"{expr} ({t} constant)"
            return f"{expr} ({t} constant {valstr})"
        if lit or valstr == expr:
            return f"{expr} (constant {of})"
        return f"{expr} (constant {valstr} {of})"
    if isinstance(x.type, Basic) and x.type.kind == Kind.UNTYPED_NIL:
        return "nil"
    what = "variable" if x.mode == Mode.VARIABLE else "value"
    if x.mode == Mode.MAPINDEX:
        what = "map index expression"
    elif x.mode == Mode.COMMAOK:
        what = "comma, ok expression"
    if isinstance(x.type, Basic) and x.type.is_untyped():
        return f"{expr} ({t} {what})"
    return f"{expr} ({what} {of})"


_KINDS = (("Array", "array"), ("Slice", "slice"), ("Struct", "struct"), ("Pointer", "pointer"),
          ("Signature", "func"), ("Interface", "interface"), ("Map", "map"), ("Chan", "chan"), ("Tuple", "tuple"))


def _type_desc(typ: Type, t: str, qualify: str) -> str:
    """types2's operand type text: ``struct type T`` for a named type (the kind of its
    underlying type, or its basic type's name), ``T constrained by C`` for a type parameter."""
    from pogo.compile.types.types import Named

    if isinstance(typ, Named):
        under = typ.underlying()
        what = ""
        for cls in type(under).__mro__:
            what = next((k for name, k in _KINDS if cls.__name__ == name), "")
            if what:
                break
        if not what and isinstance(under, Basic):
            what = under.name
        return f"{what} type {t}" if what else "type " + t
    if getattr(typ, "is_type_param", False):
        bound = getattr(typ, "bound", None)
        return f"type {t} constrained by {type_string(bound, qualify)}" if bound is not None else "type " + t
    from pogo.compile.types import universe as u

    if typ is u.ANY:
        return "interface type any"  # any is an alias, whose operands gc describes by kind
    return "type " + t


class CheckerBase:
    """Error reporting, scopes and recording; the root of the checker's class chain."""

    def __init__(self, pkg: Package, diags: Diagnostics, importer: object) -> None:
        self.pkg = pkg
        self.diags = diags
        self.info = Info()
        self.scope: Scope = pkg.scope
        self.filename = ""
        self.func_sig_stack: list[tuple[Func | None, list[Var]]] = []  # (func, result vars)
        self.unused_check: list[Scope] = []

    # -- errors

    def error(self, pos: n.Pos, msg: str) -> None:
        self.diags.error(self.filename, pos, msg)

    def errorf_at(self, node: n.Node, msg: str) -> None:
        self.error(node.pos, msg)

    def qualify(self) -> str:
        return self.pkg.path

    def tstr(self, t: Type) -> str:
        return type_string(t, self.pkg.path)

    def desc(self, x: Operand) -> str:
        return describe(x, self.pkg.path)

    # -- recording

    def record(self, x: Operand) -> None:
        if x.expr is not None and x.mode != Mode.INVALID:
            self.info.types[x.expr] = TypeAndValue(x.mode, x.type, x.val)

    def record_type(self, e: n.Expr, t: Type, mode: Mode = Mode.VALUE, val: constant.Value | None = None) -> None:
        self.info.types[e] = TypeAndValue(mode, t, val)

    # -- scopes

    def open_scope(self, comment: str = "", is_func: bool = False) -> Scope:
        s = Scope(self.scope, comment, is_func)
        self.scope.children.append(s)
        self.scope = s
        return s

    def close_scope(self) -> None:
        s = self.scope
        if s.is_func:
            self.report_unused(s)  # a function's unused variables, once its body is done
        assert s.parent is not None
        self.scope = s.parent

    def report_unused(self, s: Scope) -> None:
        """types2's usage: the scope's unused variables by position, then those of the block
        scopes inside it in order (function literals report their own)."""
        unused = [obj for obj in s.names.values()
                  if isinstance(obj, Var) and not obj.used and not obj.is_param and not obj.is_global
                  and obj.name not in ("_", "")]
        for obj in sorted(unused, key=lambda o: (o.pos.line, o.pos.col)):
            self.diags.error(obj.file, obj.pos, f"declared and not used: {obj.name}")
        for c in s.children:
            if not c.is_func:
                self.report_unused(c)

    def declare(self, scope: Scope, ident: n.Name | None, obj: Object) -> None:
        if ident is not None:
            self.info.defs[ident] = obj
        if obj.name == "_":
            return
        old = scope.insert(obj)
        if old is not None:
            msg = f"{obj.name} redeclared in this block"
            if old.pos.line:
                msg += f"\n\t{old.file}:{old.pos.line}:{old.pos.col}: other declaration of {obj.name}"
            self.diags.error(obj.file, obj.pos, msg)

    # -- implemented by later layers of the chain

    def expr(self, e: n.Expr, hint: Type | None = None) -> Operand:
        raise NotImplementedError

    def typexpr(self, e: n.Expr) -> Type:
        raise NotImplementedError

    def func_body(self, f: Func | None, sig_params: list[Var], results: list[Var], body: n.BlockStmt) -> None:
        raise NotImplementedError

    def resolve_global(self, obj: Object) -> None:
        """Make sure a package-level object's type is known (declared lazily)."""
