"""Expressions: operands, untyped constants and their conversion, operators."""

from __future__ import annotations

from fractions import Fraction

from pogo.compile.syntax import nodes as n
from pogo.compile.syntax.scanner import rune_lit_value, string_lit_bytes
from pogo.compile.types import constant
from pogo.compile.types import universe as u
from pogo.compile.types.base import Mode, Operand
from pogo.compile.types.exprstring import expr_string
from pogo.compile.types.objects import Builtin, Const, Func, Nil, PkgName, TypeName, Var
from pogo.compile.types.types import (
    INVALID,
    Array,
    Basic,
    Interface,
    Kind,
    Map,
    Named,
    Pointer,
    Signature,
    Slice,
    Tuple,
    Type,
    comparable,
    has_nil,
    identical,
    is_untyped,
)
from pogo.compile.types.typexpr import TypeExprChecker

COMPARISONS = {"==", "!=", "<", "<=", ">", ">="}
SHIFT_BOUND = 1023 - 1 + 52  # largest constant shift count: enough for the smallest float64
UNTYPED_INT_BITS = 512  # gc's precision for untyped integer constants
MAX_CONST_STRING = 2_000_000_000  # gc's limit on a constant string's length (its largest symbol)
BINARY_OP_NAMES = {"+": "addition", "-": "subtraction", "^": "bitwise XOR", "*": "multiplication", "<<": "shift"}
UNARY_OP_NAMES = {"^": "bitwise complement"}


def parse_int_literal(text: str) -> int:
    s = text.replace("_", "")
    if len(s) > 1 and s[0] == "0" and s[1].isdigit():
        return int(s, 8)
    return int(s, 0)


# gc keeps float constants as 512-bit binary floats whose binary exponent must fit in an
# int32; a literal beyond that is "malformed". pogo's constants are exact rationals, which
# stay cheap only for moderate exponents, so larger ones are refused (not silently slow).
_GC_MAX_EXP10 = 646456992
_GC_MAX_EXP2 = 2147483647
_EXACT_MAX_EXP10 = 20000


class ConstantTooLarge(Exception):
    """A float literal whose exponent gc accepts but pogo's exact arithmetic does not."""


def parse_float_literal(text: str) -> Fraction:
    s = text.replace("_", "")
    if s[:2] in ("0x", "0X"):
        mant, _, exp = s[2:].lower().partition("p")
        whole, _, frac = mant.partition(".")
        digits = whole + frac
        value = Fraction(int(digits or "0", 16), 16 ** len(frac))
        e = int(exp or "0")
        if abs(e) > _GC_MAX_EXP2:
            raise ValueError(text)
        if abs(e) > _EXACT_MAX_EXP10 * 10 // 3:
            raise ConstantTooLarge(text)
        return value * (Fraction(2) ** e)
    mant, _, exp = s.lower().partition("e")
    e10 = int(exp or "0")
    if abs(e10) > _GC_MAX_EXP10:
        raise ValueError(text)
    if abs(e10) > _EXACT_MAX_EXP10:
        raise ConstantTooLarge(text)
    return Fraction(s)


class ExprChecker(TypeExprChecker):
    preset: dict[n.Expr, Operand]
    op_assign_fakes: set[n.Expr]  # the x op y standing for an x op= y statement
    # ------------------------------------------------------------------
    # entry points

    def expr(self, e: n.Expr, hint: Type | None = None) -> Operand:
        pre = self.preset.pop(e, None) if self.preset else None
        if pre is not None:  # evaluated already (a built-in's lone argument)
            return Operand(pre.mode, pre.expr, pre.type, pre.val, pre.builtin)
        if isinstance(e, n.TupleElem):
            tt = self.info.types[e.call].type
            assert isinstance(tt, Tuple)
            return Operand(Mode.VALUE, e, tt.vars[e.index].type)
        x = self._expr(e, hint)
        if x.expr is None:
            x.expr = e
        self.record(x)
        return x

    def value(self, e: n.Expr, hint: Type | None = None) -> Operand:
        """An expression that must produce exactly one value."""
        x = self.expr(e, hint)
        return self.single(x)

    def single(self, x: Operand) -> Operand:
        if x.mode == Mode.NOVALUE:
            self.error(x.expr.pos if x.expr else n.NOPOS, f"{expr_string(x.expr) if x.expr else '?'} (no value) used as value")
            x.mode = Mode.INVALID
        elif x.mode == Mode.TYPEXPR:
            self.error(x.expr.pos if x.expr else n.NOPOS, f"{expr_string(x.expr) if x.expr else '?'} (type) is not an expression")
            x.mode = Mode.INVALID
        elif x.mode == Mode.BUILTIN:
            self.error(x.expr.pos if x.expr else n.NOPOS, f"{expr_string(x.expr) if x.expr else '?'} (built-in) must be called")
            x.mode = Mode.INVALID
        elif isinstance(x.type, Tuple) and x.mode != Mode.INVALID:
            self.error(x.expr.pos if x.expr else n.NOPOS,
                       f"multiple-value {expr_string(x.expr) if x.expr else '?'} (value of type {self.tstr(x.type)}) in single-value context")
            x.mode = Mode.INVALID
        return x

    def use_ident(self, e: n.Name) -> Operand:
        if e.value == "_":
            self.error(e.pos, "cannot use _ as value or type")
            return Operand(Mode.INVALID, e)
        obj = self.scope.lookup_parent(e.value)
        if obj is None:
            self.error(e.pos, f"undefined: {e.value}")
            return Operand(Mode.INVALID, e)
        self.info.uses[e] = obj
        self.note_dependency(obj)
        if isinstance(obj, PkgName):
            obj.used = True
            self.error(e.pos, f"use of package {obj.name} without selector")
            return Operand(Mode.INVALID, e)
        self.resolve_global(obj)
        if isinstance(obj, Const):
            obj.used = True
            if obj.name == "iota" and obj.pkg is None:
                if self.iota is None:
                    self.error(e.pos, "cannot use iota outside constant declaration")
                    return Operand(Mode.INVALID, e)
                return Operand(Mode.CONSTANT, e, u.UNTYPED_INT, self.iota)
            if obj.type is INVALID:
                return Operand(Mode.INVALID, e)
            return Operand(Mode.CONSTANT, e, obj.type, obj.value)
        if isinstance(obj, TypeName):
            obj.used = True
            return Operand(Mode.TYPEXPR, e, obj.type)
        if isinstance(obj, Var):
            if not self.lhs_context:
                obj.used = True
            if obj.type is INVALID:
                return Operand(Mode.INVALID, e)
            return Operand(Mode.VARIABLE, e, obj.type)
        if isinstance(obj, Func):
            obj.used = True
            return Operand(Mode.VALUE, e, obj.type)
        if isinstance(obj, Builtin):
            return Operand(Mode.BUILTIN, e, INVALID, builtin=obj.name)
        if isinstance(obj, Nil):
            return Operand(Mode.VALUE, e, u.UNTYPED_NIL, nil=True)
        return Operand(Mode.INVALID, e)

    # set by the declaration layer
    iota: int | None = None
    lhs_context: bool = False

    def note_dependency(self, obj: object) -> None:
        """Hook for the initialisation-order computation (see check.py)."""

    # ------------------------------------------------------------------

    def _expr(self, e: n.Expr, hint: Type | None) -> Operand:
        if isinstance(e, n.Name):
            return self.use_ident(e)
        if isinstance(e, n.BasicLit):
            return self.basic_lit(e)
        if isinstance(e, n.ParenExpr):
            x = self.expr(e.x, hint)
            return Operand(x.mode, e, x.type, x.val, x.builtin)
        if isinstance(e, n.UnaryExpr):
            return self.unary(e, hint)
        if isinstance(e, n.BinaryExpr):
            return self.binary(e, hint)
        if isinstance(e, n.CallExpr):
            return self.call(e, hint)
        if isinstance(e, n.SelectorExpr):
            return self.selector(e)
        if isinstance(e, n.IndexExpr):
            return self.index(e)
        if isinstance(e, n.SliceExpr):
            return self.slice_expr(e)
        if isinstance(e, n.StarExpr):
            x = self.expr(e.x)
            if x.invalid():
                return x
            if x.mode == Mode.TYPEXPR:
                return Operand(Mode.TYPEXPR, e, Pointer(x.type))
            x = self.single(x)
            if x.invalid():
                return x
            pt = x.type.underlying()
            if isinstance(x.type, Basic) and x.type.kind == Kind.UNTYPED_NIL:
                self.error(e.x.pos, "invalid operation: cannot indirect nil")  # types2: at the operand
                return Operand(Mode.INVALID, e)
            if not isinstance(pt, Pointer):
                self.error(e.x.pos, f"invalid operation: cannot indirect {self.desc(x)}")
                return Operand(Mode.INVALID, e)
            return Operand(Mode.VARIABLE, e, pt.elem)
        if isinstance(e, n.AssertExpr):
            return self.type_assert(e)
        if isinstance(e, (n.ArrayType, n.SliceType, n.FuncType, n.InterfaceType, n.StructType, n.MapType, n.ChanType)):
            return Operand(Mode.TYPEXPR, e, self.typexpr(e))
        if isinstance(e, n.CompositeLit):
            from pogo.compile.types.composite import composite_lit

            return composite_lit(self, e, hint)  # type: ignore[arg-type]
        if isinstance(e, n.FuncLit):
            from pogo.compile.types.composite import func_lit

            return func_lit(self, e)  # type: ignore[arg-type]
        if isinstance(e, n.KeyValueExpr):
            self.error(e.pos, "unexpected key:value expression")
            return Operand(Mode.INVALID, e)
        return Operand(Mode.INVALID, e)

    def call(self, e: n.CallExpr, hint: Type | None) -> Operand:
        raise NotImplementedError

    def basic_lit(self, e: n.BasicLit) -> Operand:
        if e.bad:
            return Operand(Mode.INVALID, e)  # reported by the scanner
        try:
            if e.kind == n.LitKind.INT:
                return Operand(Mode.CONSTANT, e, u.UNTYPED_INT, parse_int_literal(e.value))
            if e.kind == n.LitKind.FLOAT:
                return Operand(Mode.CONSTANT, e, u.UNTYPED_FLOAT, parse_float_literal(e.value))
            if e.kind == n.LitKind.CHAR:
                return Operand(Mode.CONSTANT, e, u.UNTYPED_RUNE, rune_lit_value(e.value))
            if e.kind == n.LitKind.STRING:
                return Operand(Mode.CONSTANT, e, u.UNTYPED_STRING, string_lit_bytes(e.value))
            if e.kind == n.LitKind.IMAG:
                body = e.value[:-1].replace("_", "")
                im: int | Fraction
                if body.isdigit():
                    im = int(body, 10)  # 0123i is decimal, for backward compatibility
                elif body[:2].lower() in ("0x", "0o", "0b") and not any(ch in body.lower() for ch in ".p"):
                    im = parse_int_literal(body)
                else:
                    im = parse_float_literal(body)
                return Operand(Mode.CONSTANT, e, u.UNTYPED_COMPLEX, constant.Complex(0, im))
        except ValueError:
            self.error(e.pos, f"malformed constant: {e.value}")
            return Operand(Mode.INVALID, e)
        except ConstantTooLarge:
            self.not_supported(e, "floating-point constants with exponents beyond 1e±20000")
            return Operand(Mode.INVALID, e)
        self.not_supported(e, "imaginary literals")
        return Operand(Mode.INVALID, e)

    # ------------------------------------------------------------------
    # implicit conversion of untyped operands

    def assignable(self, x: Operand, t: Type) -> bool:
        """Whether x may be assigned to a variable of type t (after conversion)."""
        if x.invalid() or t is INVALID:
            return True
        v = x.type
        if identical(v, t):
            return True
        vu, tu = v.underlying(), t.underlying()
        if isinstance(v, Basic) and v.is_untyped() and getattr(t, "is_type_param", False):
            # an untyped value must suit every type of the type parameter's set (none: any)
            from pogo.compile.types.types import tparam_terms

            _, terms = tparam_terms(t)
            return terms is not None and all(self.assignable(Operand(x.mode, x.expr, v, x.val), term) for term in terms)
        if isinstance(v, Basic) and v.is_untyped():
            if isinstance(tu, Interface):
                return v.kind != Kind.UNTYPED_NIL or True
            if v.kind == Kind.UNTYPED_NIL:
                return has_nil(t)
            if isinstance(tu, Basic):
                if x.mode == Mode.CONSTANT and x.val is not None:
                    return constant.representable(x.val, tu) is not None or self._kind_compatible(v, tu)
                return self._kind_compatible(v, tu)
            return False
        # predeclared types such as int are named too (spec "Types")
        one_unnamed = not (isinstance(v, (Named, Basic)) or getattr(v, "is_type_param", False)) or not (
            isinstance(t, (Named, Basic)) or getattr(t, "is_type_param", False))
        if identical(vu, tu) and one_unnamed:  # (a type parameter's core type stands for its type set)
            return True
        if isinstance(tu, Interface):
            return self.implements(v, tu)
        from pogo.compile.types.types import Chan

        if (isinstance(vu, Chan) and isinstance(tu, Chan) and vu.dir == 0 and identical(vu.elem, tu.elem)
                and one_unnamed):
            return True
        return False

    def _kind_compatible(self, v: Basic, t: Basic) -> bool:
        if v.kind == Kind.UNTYPED_BOOL:
            return t.is_boolean()
        if v.kind == Kind.UNTYPED_STRING:
            return t.is_string()
        if v.kind in (Kind.UNTYPED_INT, Kind.UNTYPED_RUNE, Kind.UNTYPED_FLOAT, Kind.UNTYPED_COMPLEX):
            return t.is_numeric()
        return False

    def implements(self, v: Type, iface: Interface) -> bool:
        from pogo.compile.types.lookup import missing_method

        if not iface.methods:
            return True
        return missing_method(v, iface, self.pkg, self.resolve_global)[0] is None

    def assign_to(self, x: Operand, t: Type, context: str, target: str = "") -> None:
        """Check that x can be assigned to type t, converting it; report gc's error.
        ``target`` names what is assigned to (a variable, ``a[0]``), for gc's inference errors."""
        if x.invalid() or t is INVALID:
            return
        if isinstance(x.type, Signature) and x.type.tparams and x.mode == Mode.VALUE and x.expr is not None:
            tu = t.underlying()
            if not isinstance(tu, Signature) or tu.tparams:
                self.error(x.expr.pos, f"cannot use generic function {expr_string(x.expr)} without instantiation")
                x.mode = Mode.INVALID
                return
            from pogo.compile.types.infer import reverse_infer

            call = context.removeprefix("argument to ") if context.startswith("argument to ") else ""
            desc = target or ("result variable" if context == "return statement" else context)
            if not reverse_infer(self, x, t, desc, call):  # type: ignore[arg-type]
                x.mode = Mode.INVALID
                return
        tu0 = t.underlying()
        if (isinstance(x.type, Basic) and x.type.is_untyped() and x.type.kind != Kind.UNTYPED_NIL
                and isinstance(tu0, Interface) and tu0.methods and not getattr(t, "is_type_param", False)):
            # types2 gives an untyped constant its default type before it checks that the
            # type implements the interface (string does not implement error)
            dt = u.default_type(x.type)
            dtu = dt.underlying()
            if (x.mode == Mode.CONSTANT and isinstance(dtu, Basic) and x.val is not None
                    and constant.representable(x.val, dtu) is None):
                self.overflow_error(x, dt, context)
                x.mode = Mode.INVALID
                return
            self.convert_untyped(x, dt)
        if not self.assignable(x, t):
            self.cannot_use(x, t, context)
            x.mode = Mode.INVALID
            return
        if isinstance(x.type, Basic) and x.type.is_untyped():
            tu = t.underlying()
            if isinstance(tu, Interface):
                if x.type.kind != Kind.UNTYPED_NIL:
                    dt = u.default_type(x.type)
                    dtu = dt.underlying()
                    if (x.mode == Mode.CONSTANT and isinstance(dtu, Basic) and x.val is not None
                            and constant.representable(x.val, dtu) is None):
                        self.overflow_error(x, dt, context)
                        x.mode = Mode.INVALID
                        return
                    self.convert_untyped(x, dt)
            else:
                if x.mode == Mode.CONSTANT and isinstance(tu, Basic) and x.val is not None:
                    if constant.representable(x.val, tu) is None:
                        self.overflow_error(x, t, context)
                        x.mode = Mode.INVALID
                        return
                self.convert_untyped(x, t)

    def cannot_use(self, x: Operand, t: Type, context: str) -> None:
        pos = x.expr.pos if x.expr else n.NOPOS
        tu = t.underlying()
        if isinstance(tu, Interface) and not is_untyped(x.type):
            from pogo.compile.types.lookup import missing_method, paren_reason

            m, why = missing_method(x.type, tu, self.pkg, self.resolve_global)
            if m is not None:
                self.error(pos, f"cannot use {self.desc(x)} as {self.tstr(t)} value in {context}: "
                                f"{self.tstr(x.type)} does not implement {self.tstr(t)} {paren_reason(why)}")
                return
        xi = x.type.underlying()
        if isinstance(xi, Interface) and not getattr(x.type, "is_type_param", False) and not isinstance(tu, Interface):
            from pogo.compile.types.lookup import missing_method

            if missing_method(t, xi, self.pkg, self.resolve_global)[0] is None:
                # t implements x's interface: what is missing is an assertion
                self.error(pos, f"cannot use {self.desc(x)} as {self.tstr(t)} value in {context}: need type assertion")
                return
        self.error(pos, f"cannot use {self.desc(x)} as {self.tstr(t)} value in {context}")

    def overflow_error(self, x: Operand, t: Type, context: str) -> None:
        pos = x.expr.pos if x.expr else n.NOPOS
        tu = t.underlying()
        if isinstance(tu, Basic) and tu.is_integer() and x.val is not None and constant.to_int(x.val) is None:
            self.error(pos, f"cannot use {self.desc(x)} as {self.tstr(t)} value in {context} (truncated)")
        else:
            self.error(pos, f"cannot use {self.desc(x)} as {self.tstr(t)} value in {context} (overflows)")

    def convert_untyped(self, x: Operand, t: Type) -> None:
        """Give untyped operand x the type t (already checked compatible)."""
        if x.invalid() or not is_untyped(x.type):
            return
        if x.mode == Mode.CONSTANT and x.val is not None:
            tu = t.underlying()
            if isinstance(tu, Basic):
                v = constant.representable(x.val, tu)
                if v is not None:
                    x.val = v
        x.type = t
        self.update_untyped(x.expr, t)

    def update_untyped(self, e: n.Expr | None, t: Type) -> None:
        """Propagate the final type into an untyped expression tree's records."""
        if e is None:
            return
        tv = self.info.types.get(e)
        if tv is None or not is_untyped(tv.type):
            return
        tv.type = t
        if tv.mode == Mode.CONSTANT and tv.val is not None:
            tu = t.underlying()
            if isinstance(tu, Basic):
                v = constant.representable(tv.val, tu)
                if v is not None:
                    tv.val = v
            return  # constant subtrees are folded; no need to go deeper
        if isinstance(e, n.ParenExpr):
            self.update_untyped(e.x, t)
        elif isinstance(e, n.UnaryExpr):
            self.update_untyped(e.x, t)
        elif isinstance(e, n.BinaryExpr):
            if e.op in COMPARISONS:
                return  # operands keep their own types
            if e.op in ("<<", ">>") and not is_untyped(t):
                # a non-constant shift of an untyped constant: its final type must be integer
                tu = t.underlying()
                if not (isinstance(tu, Basic) and tu.is_integer()):
                    from pogo.compile.types.composite import start_pos

                    self.error(start_pos(e.x), f"invalid operation: shifted operand {expr_string(e.x)} "
                                               f"(type {self.tstr(t)}) must be integer")
                    return
            self.update_untyped(e.x, t)
            if e.op not in ("<<", ">>"):
                self.update_untyped(e.y, t)

    def assign_default(self, x: Operand, context: str) -> Type:
        """types2's assignment to a target without a type (a new variable, ``_``, a
        ``println`` argument): an untyped constant takes its default type and must fit it.
        Returns the type a new variable gets (the default type even when the value overflows,
        invalid when x is not a value)."""
        if x.mode == Mode.CONSTANT and isinstance(x.type, Basic) and x.type.is_untyped() and x.val is not None:
            dt = u.default_type(x.type)
            dtu = dt.underlying()
            if isinstance(dtu, Basic) and constant.representable(x.val, dtu) is None:
                self.overflow_error(x, dt, context)
                x.mode = Mode.INVALID
                return dt
        self.default(x)
        return INVALID if x.invalid() else x.type

    def default(self, x: Operand) -> None:
        if isinstance(x.type, Signature) and x.type.tparams and x.mode == Mode.VALUE and x.expr is not None:
            self.error(x.expr.pos, f"cannot use generic function {expr_string(x.expr)} without instantiation")
            x.mode = Mode.INVALID
            return
        if is_untyped(x.type) and not x.invalid():
            if isinstance(x.type, Basic) and x.type.kind == Kind.UNTYPED_NIL:
                return
            self.convert_untyped(x, u.default_type(x.type))

    # ------------------------------------------------------------------
    # operators

    def unary(self, e: n.UnaryExpr, hint: Type | None) -> Operand:
        if e.op == "&":
            inner = e.x
            while isinstance(inner, n.ParenExpr):
                inner = inner.x
            if isinstance(inner, n.CompositeLit):
                hint_elem = hint.underlying().elem if hint is not None and isinstance(hint.underlying(), Pointer) else None  # type: ignore[attr-defined]
                x = self.expr(inner, hint_elem)
                if x.invalid():
                    return x
                return Operand(Mode.VALUE, e, Pointer(x.type))
            x = self.value(e.x)
            if x.invalid():
                return x
            if x.mode != Mode.VARIABLE:
                from pogo.compile.types.composite import start_pos

                self.error(start_pos(e.x), f"invalid operation: cannot take address of {self.desc(x)}")
                return Operand(Mode.INVALID, e)
            self.mark_addr_taken(e.x)
            return Operand(Mode.VALUE, e, Pointer(x.type))
        if e.op == "<-":
            from pogo.compile.types.composite import receive

            return receive(self, e)  # type: ignore[arg-type]
        x = self.value(e.x, hint)
        if x.invalid():
            return x
        tu = x.type.underlying()
        ok = isinstance(tu, Basic) and (
            (e.op in ("+", "-") and tu.is_numeric())
            or (e.op == "^" and tu.is_integer())
            or (e.op == "!" and tu.is_boolean())
        )
        if not ok:
            self.error(e.x.pos, f"invalid operation: operator {e.op} not defined on {self.desc(x)}")
            return Operand(Mode.INVALID, e)
        assert isinstance(tu, Basic)
        if x.mode == Mode.CONSTANT and x.val is not None:
            v = constant.unary(e.op, x.val, tu)
            if tu.is_untyped() and self.untyped_overflow(v, e):
                return Operand(Mode.INVALID, e)
            if not tu.is_untyped():
                rv = constant.representable(v, tu)
                if rv is None:
                    self.error(e.pos, f"{self.desc(Operand(Mode.CONSTANT, e, x.type, v))} overflows {self.tstr(x.type)}")
                    return Operand(Mode.INVALID, e)
                v = rv
            return Operand(Mode.CONSTANT, e, x.type, v)
        return Operand(Mode.VALUE, e, x.type)

    def untyped_overflow(self, v: constant.Value, e: n.Expr) -> bool:
        """Report an untyped integer constant that outgrew gc's 512-bit precision."""
        if not isinstance(v, int) or isinstance(v, bool) or v.bit_length() <= UNTYPED_INT_BITS:
            return False
        op = getattr(e, "op", "")
        name = (UNARY_OP_NAMES if isinstance(e, n.UnaryExpr) else BINARY_OP_NAMES).get(op, "")
        pos = e.op_pos if isinstance(e, n.BinaryExpr) else e.pos
        self.error(pos, f"constant {name + ' ' if name else ''}overflow")
        return True

    def mark_addr_taken(self, e: n.Expr) -> None:
        while isinstance(e, n.ParenExpr):
            e = e.x
        if isinstance(e, n.Name):
            obj = self.info.uses.get(e)
            if isinstance(obj, Var):
                obj.addr_taken = True

    def binary(self, e: n.BinaryExpr, hint: Type | None) -> Operand:
        if e.op in ("<<", ">>"):
            return self.shift(e, hint)
        x = self.value(e.x)
        y = self.value(e.y)
        if x.invalid() or y.invalid():
            return Operand(Mode.INVALID, e)
        op = e.op
        # bring untyped operands to a common type
        # an op-assignment's implicit x op y is shown as the statement x op= y
        text = f"{expr_string(e.x)} {op}= {expr_string(e.y)}" if e in self.op_assign_fakes else expr_string(e)
        if op not in COMPARISONS and self.untyped_beside_iface(x, y):
            # types2 does not convert an untyped operand to an interface: the types differ
            self.error(e.pos, f"invalid operation: {text} (mismatched types {self.tstr(x.type)} and {self.tstr(y.type)})")
            return Operand(Mode.INVALID, e)
        if not self.match_types(x, y):
            self.error(y.expr.pos if op in COMPARISONS and y.expr is not None else e.pos,
                       f"invalid operation: {text} (mismatched types {self.tstr(x.type)} and {self.tstr(y.type)})")
            return Operand(Mode.INVALID, e)
        if x.invalid() or y.invalid():
            return Operand(Mode.INVALID, e)  # an untyped constant that does not fit: reported
        if op in COMPARISONS:
            return self.comparison(e, x, y)
        if not identical(x.type, y.type):
            self.error(e.pos, f"invalid operation: {text} (mismatched types {self.tstr(x.type)} and {self.tstr(y.type)})")
            return Operand(Mode.INVALID, e)
        tu = x.type.underlying()
        if op in ("&&", "||"):
            ok = isinstance(tu, Basic) and tu.is_boolean()
        elif op == "+":
            members = getattr(tu, "members", None)  # a type parameter's basic types
            ok = isinstance(tu, Basic) and (tu.is_numeric() or tu.is_string() or members is not None and all(
                Basic.is_numeric(b) or Basic.is_string(b) for b in members))
        elif op in ("-", "*", "/"):
            ok = isinstance(tu, Basic) and tu.is_numeric()
        else:  # % & | ^ &^
            ok = isinstance(tu, Basic) and tu.is_integer()
        if not ok:
            self.error(x.expr.pos if x.expr else e.pos, f"invalid operation: operator {op} not defined on {self.desc(x)}")
            return Operand(Mode.INVALID, e)
        assert isinstance(tu, Basic)
        if op in ("/", "%") and y.mode == Mode.CONSTANT and y.val is not None and (
                tu.is_integer() or x.mode == Mode.CONSTANT) and y.val == 0:
            self.error(y.expr.pos if y.expr else e.pos, "invalid operation: division by zero")
            return Operand(Mode.INVALID, e)
        if x.mode == Mode.CONSTANT and y.mode == Mode.CONSTANT and x.val is not None and y.val is not None:
            if isinstance(x.val, bytes) and isinstance(y.val, bytes) and len(x.val) + len(y.val) > MAX_CONST_STRING:
                self.error(e.op_pos, f"constant string too long ({len(x.val) + len(y.val)} bytes > {MAX_CONST_STRING} bytes)")
                return Operand(Mode.INVALID, e)
            integer = tu.is_integer()
            v = constant.binary(op, x.val, y.val, integer)
            if not tu.is_untyped():
                rv = constant.representable(v, tu)
                if rv is None:
                    self.error(e.pos, f"{self.desc(Operand(Mode.CONSTANT, e, x.type, v))} overflows {self.tstr(x.type)}")
                    return Operand(Mode.INVALID, e)
                v = rv
            elif tu.kind == Kind.UNTYPED_INT and isinstance(v, Fraction):
                iv = constant.to_int(v)
                if iv is not None:
                    v = iv
            if tu.is_untyped() and self.untyped_overflow(v, e):
                return Operand(Mode.INVALID, e)
            return Operand(Mode.CONSTANT, e, x.type, v)
        return Operand(Mode.VALUE, e, x.type)

    def untyped_beside_iface(self, x: Operand, y: Operand) -> bool:
        """Whether one operand is an untyped non-nil value and the other an interface
        (not a type parameter's)."""
        for a, b in ((x, y), (y, x)):
            if (isinstance(a.type, Basic) and is_untyped(a.type) and a.type.kind != Kind.UNTYPED_NIL
                    and isinstance(b.type.underlying(), Interface) and not getattr(b.type, "is_type_param", False)):
                return True
        return False

    def match_types(self, x: Operand, y: Operand) -> bool:
        """Convert an untyped operand to the other's type (spec: implicit conversion)."""
        xu, yu = is_untyped(x.type), is_untyped(y.type)
        if xu and yu:
            assert isinstance(x.type, Basic) and isinstance(y.type, Basic)
            xk, yk = x.type.kind, y.type.kind
            if xk == yk:
                return True
            numeric = (Kind.UNTYPED_INT, Kind.UNTYPED_RUNE, Kind.UNTYPED_FLOAT, Kind.UNTYPED_COMPLEX)
            if xk in numeric and yk in numeric:
                t = x.type if numeric.index(xk) > numeric.index(yk) else y.type
                x.type = y.type = t
                return True
            return xk == Kind.UNTYPED_NIL or yk == Kind.UNTYPED_NIL
        if xu:
            return self.implicit(x, y.type)
        if yu:
            return self.implicit(y, x.type)
        return True

    def implicit(self, x: Operand, t: Type) -> bool:
        assert isinstance(x.type, Basic)
        tu = t.underlying()
        if x.type.kind == Kind.UNTYPED_NIL:
            if has_nil(t):
                x.type = t
                return True
            return False
        if isinstance(tu, Interface):
            self.default(x)
            return True
        if not isinstance(tu, Basic) or not self._kind_compatible(x.type, tu):
            return False
        if x.mode == Mode.CONSTANT and x.val is not None and constant.representable(x.val, tu) is None:
            pos = x.expr.pos if x.expr else n.NOPOS
            if tu.is_integer() and constant.to_int(x.val) is None:
                self.error(pos, f"{self.desc(x)} truncated to {self.tstr(t)}")
            else:
                self.error(pos, f"{self.desc(x)} overflows {self.tstr(t)}")
            x.mode = Mode.INVALID
            return True
        self.convert_untyped(x, t)
        return True

    def ypos(self, e: n.BinaryExpr, y: Operand) -> n.Pos:
        """types2 reports a comparison's type mismatch at the second operand: only there
        does it know the types do not match."""
        return y.expr.pos if y.expr is not None else e.pos

    def comparison(self, e: n.BinaryExpr, x: Operand, y: Operand) -> Operand:
        op = e.op
        ok = False
        xnil = x.nil or isinstance(x.type, Basic) and x.type.kind == Kind.UNTYPED_NIL
        ynil = y.nil or isinstance(y.type, Basic) and y.type.kind == Kind.UNTYPED_NIL
        if x.invalid() or y.invalid():
            return Operand(Mode.INVALID, e)
        if op in ("==", "!="):
            if xnil or ynil:
                other = y if xnil else x
                ok = has_nil(other.type) or (xnil and ynil)
                if xnil and ynil:
                    self.error(self.ypos(e, y), f"invalid operation: {expr_string(e)} (operator {op} not defined on untyped nil)")
                    return Operand(Mode.INVALID, e)
            elif identical(x.type, y.type) or self.assignable(x, y.type) or self.assignable(y, x.type):
                ok = comparable(x.type)
                if not ok and getattr(x.type, "is_type_param", False):
                    self.error(e.pos, f"invalid operation: {expr_string(e)} (incomparable types in type set)")
                    return Operand(Mode.INVALID, e)
                if not ok:
                    t = x.type.underlying()
                    what = "slice" if isinstance(t, Slice) else "func" if isinstance(t, Signature) else "type"
                    if what in ("slice", "func"):
                        self.error(e.pos, f"invalid operation: {expr_string(e)} ({what} can only be compared to nil)")
                        return Operand(Mode.INVALID, e)
                    from pogo.compile.types.types import Map, Struct

                    if isinstance(t, Map):
                        self.error(e.pos, f"invalid operation: {expr_string(e)} (map can only be compared to nil)")
                        return Operand(Mode.INVALID, e)
                    if isinstance(t, Struct):
                        bad = next((f for f in t.fields if not comparable(f.type)), None)
                        if bad is not None:
                            self.error(e.pos, f"invalid operation: {expr_string(e)} (struct containing {self.tstr(bad.type)} cannot be compared)")
                            return Operand(Mode.INVALID, e)
                    if isinstance(t, Array):
                        self.error(e.pos, f"invalid operation: {expr_string(e)} ({self.tstr(x.type)} cannot be compared)")
                        return Operand(Mode.INVALID, e)
            else:
                self.error(self.ypos(e, y), f"invalid operation: {expr_string(e)} (mismatched types {self.tstr(x.type)} and {self.tstr(y.type)})")
                return Operand(Mode.INVALID, e)
        else:
            if not identical(x.type, y.type):
                self.error(self.ypos(e, y), f"invalid operation: {expr_string(e)} (mismatched types {self.tstr(x.type)} and {self.tstr(y.type)})")
                return Operand(Mode.INVALID, e)
            t = x.type.underlying()
            ok = isinstance(t, Basic) and t.is_ordered()
            if not ok and getattr(x.type, "is_type_param", False):
                self.error(e.pos, f"invalid operation: {expr_string(e)} (type parameter {self.tstr(x.type)} cannot use operator {op})")
                return Operand(Mode.INVALID, e)
        if not ok:
            self.error(e.pos, f"invalid operation: {expr_string(e)} (operator {op} not defined on {self.desc(x).split(' (')[0]})"
                       if False else f"invalid operation: operator {op} not defined on {self.desc(x)}")
            return Operand(Mode.INVALID, e)
        if x.mode == Mode.CONSTANT and y.mode == Mode.CONSTANT and x.val is not None and y.val is not None:
            return Operand(Mode.CONSTANT, e, u.UNTYPED_BOOL, constant.compare(op, x.val, y.val))
        # operands of a non-constant comparison get their default types
        self.default(x)
        self.default(y)
        return Operand(Mode.VALUE, e, u.UNTYPED_BOOL)

    def shift(self, e: n.BinaryExpr, hint: Type | None) -> Operand:
        x = self.value(e.x)
        y = self.value(e.y)
        if x.invalid() or y.invalid():
            return Operand(Mode.INVALID, e)
        ydesc = self.desc(y)  # gc describes the count as written, before it becomes a uint
        ypos = y.expr.pos if y.expr else e.pos
        # shift count
        if y.mode == Mode.CONSTANT and y.val is not None:
            c = constant.to_int(y.val)
            if c is not None and c < 0:
                self.error(ypos, f"invalid operation: negative shift count {ydesc}")
                return Operand(Mode.INVALID, e)
            if is_untyped(y.type):
                # an untyped count must be representable as a uint (types2's messages)
                if c is None or constant.representable(c, u.UINT) is None:
                    yt = y.type
                    if isinstance(yt, Basic) and yt.is_numeric():
                        what = "overflows" if yt.is_integer() else "truncated to"
                        self.error(ypos, f"{ydesc} {what} uint")
                    else:
                        self.error(ypos, f"cannot convert {ydesc} to type uint")
                    return Operand(Mode.INVALID, e)
                self.convert_untyped(y, u.UINT)
            elif c is None:
                self.error(ypos, f"invalid operation: shift count {ydesc} must be integer")
                return Operand(Mode.INVALID, e)
        else:
            yu = y.type.underlying()
            if not (isinstance(yu, Basic) and yu.is_integer()):
                self.error(y.expr.pos if y.expr else e.pos, f"invalid operation: shift count {self.desc(y)} must be integer")
                return Operand(Mode.INVALID, e)
            if is_untyped(y.type):
                self.convert_untyped(y, u.UINT)
        if x.mode == Mode.CONSTANT and x.val is not None:
            if is_untyped(x.type):
                xi = constant.to_int(x.val)
                if xi is None:
                    self.error(e.pos, f"invalid operation: shifted operand {self.desc(x)} must be integer")
                    return Operand(Mode.INVALID, e)
                if y.mode == Mode.CONSTANT:
                    c = constant.to_int(y.val) if y.val is not None else 0
                    assert c is not None
                    if c > SHIFT_BOUND:
                        self.error(y.expr.pos if y.expr else e.pos, f"invalid operation: invalid shift count {ydesc}")
                        return Operand(Mode.INVALID, e)
                    t = u.UNTYPED_INT if x.type is not u.UNTYPED_RUNE else x.type
                    v = constant.shift(e.op, xi, c)
                    if self.untyped_overflow(v, e):
                        return Operand(Mode.INVALID, e)
                    return Operand(Mode.CONSTANT, e, t, v)
                # non-constant shift of an untyped constant: it takes the type of the context
                # (without one, it stays of its own untyped kind until it gets its final type)
                if hint is None or not isinstance(hint.underlying(), Basic):
                    return Operand(Mode.VALUE, e, x.type)
                hu = hint.underlying()
                if isinstance(hu, Basic) and not hu.is_integer():
                    self.error(x.expr.pos if x.expr else e.pos,
                               f"invalid operation: shifted operand {expr_string(e.x)} (type {self.tstr(hint)}) must be integer")
                    return Operand(Mode.INVALID, e)
                self.convert_untyped(x, hint)
        xu = x.type.underlying()
        if not (isinstance(xu, Basic) and xu.is_integer()):
            self.error(x.expr.pos if x.expr else e.pos, f"invalid operation: shifted operand {self.desc(x)} must be integer")
            return Operand(Mode.INVALID, e)
        if x.mode == Mode.CONSTANT and y.mode == Mode.CONSTANT and x.val is not None and y.val is not None:
            xi2, c2 = constant.to_int(x.val), constant.to_int(y.val)
            assert xi2 is not None and c2 is not None
            if c2 > SHIFT_BOUND:
                self.error(y.expr.pos if y.expr else e.pos, f"invalid operation: invalid shift count {ydesc}")
                return Operand(Mode.INVALID, e)
            v = constant.shift(e.op, xi2, c2)
            rv = constant.representable(v, xu)
            if rv is None:
                self.error(e.pos, f"{self.desc(Operand(Mode.CONSTANT, e, x.type, v))} overflows {self.tstr(x.type)}")
                return Operand(Mode.INVALID, e)
            return Operand(Mode.CONSTANT, e, x.type, rv)
        return Operand(Mode.VALUE, e, x.type)

    # ------------------------------------------------------------------
    # selectors, indexing, slicing, assertions

    def selector(self, e: n.SelectorExpr) -> Operand:
        if isinstance(e.x, n.Name):
            obj = self.scope.lookup_parent(e.x.value)
            if isinstance(obj, PkgName):
                obj.used = True
                self.info.uses[e.x] = obj
                target = obj.imported.scope.lookup(e.sel.value)
                if obj.imported.fake:
                    return Operand(Mode.INVALID, e)
                if target is None or not target.exported():
                    if target is not None:
                        self.error(e.sel.pos, f"name {e.sel.value} not exported by package {obj.imported.name}")
                    else:
                        self.error(e.sel.pos, f"undefined: {e.x.value}.{e.sel.value}")
                    return Operand(Mode.INVALID, e)
                self.info.uses[e.sel] = target
                self.note_dependency(target)
                if isinstance(target, Const):
                    return Operand(Mode.CONSTANT, e, target.type, target.value)
                if isinstance(target, TypeName):
                    return Operand(Mode.TYPEXPR, e, target.type)
                if isinstance(target, Var):
                    return Operand(Mode.VARIABLE, e, target.type)
                if isinstance(target, Func):
                    return Operand(Mode.VALUE, e, target.type)
                if isinstance(target, Builtin):
                    return Operand(Mode.BUILTIN, e, INVALID, builtin=target.name)
                return Operand(Mode.INVALID, e)
        from pogo.compile.types.composite import field_selector

        x = self.expr(e.x)
        if x.invalid():
            return Operand(Mode.INVALID, e)
        return field_selector(self, e, x)  # type: ignore[arg-type]

    def index(self, e: n.IndexExpr) -> Operand:
        x = self.expr(e.x)
        if x.invalid():
            for i in e.index:
                self.expr(i)  # as go/types: the indices still use their imports and variables
            return x
        if x.mode == Mode.TYPEXPR:
            return Operand(Mode.TYPEXPR, e, self.typexpr(e))
        if isinstance(x.type, Signature) and x.type.tparams and x.mode == Mode.VALUE:
            from pogo.compile.types.infer import explicit

            return explicit(self, e, x)  # type: ignore[arg-type]
        x = self.single(x)
        if x.invalid():
            return x
        if len(e.index) != 1:
            self.error(e.pos, "unexpected comma; expecting ]")
            return Operand(Mode.INVALID, e)
        t = x.type.underlying()
        length = -1
        if getattr(x.type, "is_type_param", False) and isinstance(t, Interface):
            r = _tparam_index(x)
            if r is not None:
                pelem, pkey, pmode, plength = r
                if pkey is not None:
                    k = self.value(e.index[0], pkey)
                    self.assign_to(k, pkey, "map index")
                    return Operand(Mode.MAPINDEX, e, pelem)
                self.index_value(e.index[0], plength)
                return Operand(pmode, e, pelem)
        if isinstance(t, Basic) and t.is_string():
            elem: Type = u.BYTE
            mode = Mode.VALUE
            if x.mode == Mode.CONSTANT and isinstance(x.val, bytes):
                length = len(x.val)
            if is_untyped(x.type):
                self.convert_untyped(x, u.STRING)
        elif isinstance(t, Slice):
            elem, mode = t.elem, Mode.VARIABLE
        elif isinstance(t, Array):
            elem, mode, length = t.elem, (Mode.VARIABLE if x.mode == Mode.VARIABLE else Mode.VALUE), t.length
        elif isinstance(t, Pointer) and isinstance(t.elem.underlying(), Array):
            arr = t.elem.underlying()
            assert isinstance(arr, Array)
            elem, mode, length = arr.elem, Mode.VARIABLE, arr.length
        elif isinstance(t, Map):
            k = self.value(e.index[0], t.key)
            self.assign_to(k, t.key, "map index")
            return Operand(Mode.MAPINDEX, e, t.elem)
        else:
            self.error(e.lbrack if e.lbrack != n.NOPOS else e.pos, f"cannot index {self.desc(x)}")
            for i in e.index:
                self.expr(i)  # still uses its variables
            return Operand(Mode.INVALID, e)
        self.index_value(e.index[0], length)
        return Operand(mode, e, elem)

    def index_value(self, ie: n.Expr, length: int) -> int:
        """Check an index below ``length`` (-1: unknown); return its constant value, or -1."""
        return self.checked_index(ie, length)[1]

    def checked_index(self, ie: n.Expr, length: int) -> tuple[bool, int]:
        """types2's index: whether the index is valid (errors reported otherwise) and its
        constant value (-1: not constant)."""
        ok, v = True, self._index(ie, length)
        if v == -2:
            ok, v = False, -1
        return ok, v

    def _index(self, ie: n.Expr, length: int) -> int:
        """The index's constant value, -1 when not constant, -2 after an error."""
        i = self.value(ie)
        if i.invalid():
            return -2
        if is_untyped(i.type):
            # types2 first converts an untyped index to int (1.5: truncated to int)
            from pogo.compile.types.switchcase import convert_untyped_checked

            if not convert_untyped_checked(self, i, u.INT):  # type: ignore[arg-type]
                return -2
        iu = i.type.underlying()
        if i.mode == Mode.CONSTANT and i.val is not None:
            iv = constant.to_int(i.val)
            if iv is None or isinstance(i.val, (bool, bytes)):
                self.error(ie.pos, f"invalid argument: index {self.desc(i)} must be integer")
                return -2
            if iv < 0:
                self.error(ie.pos, f"invalid argument: index {expr_string(ie)} (constant of type int) must not be negative")
                return -2
            if 0 <= length <= iv:
                self.error(ie.pos, f"invalid argument: index {iv} out of bounds [0:{length}]")
                return -2
            if is_untyped(i.type):
                self.convert_untyped(i, u.INT)
            return iv
        if not (isinstance(iu, Basic) and iu.is_integer()):
            self.error(ie.pos, f"invalid argument: index {self.desc(i)} must be integer")
            return -2
        if is_untyped(i.type):
            self.convert_untyped(i, u.INT)
        return -1

    def slice_expr(self, e: n.SliceExpr) -> Operand:
        x = self.value(e.x)
        if x.invalid():
            return x
        t = x.type.underlying()
        length = -1  # known for constant strings, arrays and pointers to arrays
        if isinstance(t, Basic) and t.is_string():
            if e.full:
                self.error(e.max.pos if e.max is not None else e.pos, "invalid operation: 3-index slice of string")
                return Operand(Mode.INVALID, e)
            if x.mode == Mode.CONSTANT and isinstance(x.val, bytes):
                length = len(x.val)
            rt: Type = x.type if not is_untyped(x.type) else u.STRING
            if is_untyped(x.type):
                self.convert_untyped(x, u.STRING)
        elif isinstance(t, Slice):
            rt = x.type
        elif isinstance(t, Array):
            if x.mode != Mode.VARIABLE:
                self.error(x.expr.pos if x.expr else e.pos, f"cannot slice unaddressable value {self.desc(x)}")
                return Operand(Mode.INVALID, e)
            self.mark_addr_taken(e.x)
            rt = Slice(t.elem)
            length = t.length
        elif isinstance(t, Pointer) and isinstance(t.elem.underlying(), Array):
            arr = t.elem.underlying()
            assert isinstance(arr, Array)
            rt = Slice(arr.elem)
            length = arr.length
        else:
            self.error(x.expr.pos if x.expr else e.pos, f"cannot slice {self.desc(x)}")
            return Operand(Mode.INVALID, e)
        # constant indices: each below the capacity, and in increasing order (types2
        # reports the first index smaller than an earlier one, once)
        parts = (e.lo, e.hi, e.max)
        vals: list[int] = []
        for i, part in enumerate(parts):
            if part is not None:
                vals.append(self.index_value(part, length + 1 if length >= 0 else -1))
            else:
                vals.append(0 if i == 0 else length)
        for i, lo in enumerate(vals[:-1]):
            bad = next(((j, hi) for j, hi in enumerate(vals[i + 1:], i + 1) if lo > 0 and 0 <= hi < lo), None)
            if bad is not None:
                at = parts[bad[0]]
                self.error(at.pos if at is not None else e.pos, f"invalid slice indices: {bad[1]} < {lo}")
                break
        return Operand(Mode.VALUE, e, rt)

    def type_assert(self, e: n.AssertExpr) -> Operand:
        x = self.value(e.x)
        if x.invalid():
            return x
        if e.type is None:
            self.error(e.pos, "invalid syntax tree: use of .(type) outside type switch")
            return Operand(Mode.INVALID, e)
        if not isinstance(x.type.underlying(), Interface):
            self.error(x.expr.pos if x.expr else e.pos, f"invalid operation: {expr_string(e.x)} ({self.desc(x).split('(', 1)[1][:-1]}) is not an interface")
            return Operand(Mode.INVALID, e)
        t = self.typexpr(e.type)
        xi = x.type.underlying()
        if t is not INVALID and isinstance(xi, Interface) and not isinstance(t.underlying(), Interface):
            from pogo.compile.types.composite import start_pos
            from pogo.compile.types.lookup import missing_method, paren_reason

            m, why = missing_method(t, xi, self.pkg, self.resolve_global)
            if m is not None:
                self.error(start_pos(e), f"impossible type assertion: {expr_string(e)}\n\t{self.tstr(t)} does not implement "
                                         f"{self.tstr(x.type)} {paren_reason(why)}")
                return Operand(Mode.INVALID, e)
        return Operand(Mode.COMMAOK, e, t)


def _tparam_index(x: Operand) -> tuple[Type, Type | None, Mode, int] | None:
    """Indexing a value of type-parameter type without a core type (types2): every type of
    the set must be indexable with identical element (and, for maps, key) types. Result:
    element type, map key type (None unless all are maps), mode, the least array length
    (-1 if some type is not an array)."""
    from pogo.compile.types.generics import TermInterface

    it = x.type.underlying()
    if not isinstance(it, TermInterface) or not it.terms:
        return None
    elem: Type | None = None
    key: Type | None = None
    mode = Mode.VARIABLE
    length = -1
    for i, (_, term) in enumerate(it.terms):
        tu = term.underlying()
        ln = -1
        k: Type | None = None
        el: Type | None = None
        if isinstance(tu, Basic) and tu.is_string():
            el, mode = u.BYTE, Mode.VALUE
        elif isinstance(tu, Array):
            ln, el = tu.length, tu.elem
            if x.mode != Mode.VARIABLE:
                mode = Mode.VALUE
        elif isinstance(tu, Pointer) and isinstance(tu.elem.underlying(), Array):
            arr = tu.elem.underlying()
            assert isinstance(arr, Array)
            ln, el = arr.length, arr.elem
        elif isinstance(tu, Slice):
            el = tu.elem
        elif isinstance(tu, Map):
            k, el = tu.key, tu.elem
        if el is None:
            return None
        if i == 0:
            elem, key, length = el, k, ln
            continue
        assert elem is not None
        if (key is None) != (k is None) or key is not None and k is not None and not identical(key, k) \
                or not identical(elem, el):
            return None
        if 0 <= ln < length:
            length = ln
    assert elem is not None
    return elem, key, mode, length
