"""Calls: function calls, conversions and built-in functions."""

from __future__ import annotations

import dataclasses

from pogo.compile.syntax import nodes as n
from pogo.compile.types import constant
from pogo.compile.types import universe as u
from pogo.compile.types.base import Mode, Operand
from pogo.compile.types.expr import ExprChecker
from pogo.compile.types.exprstring import expr_string
from pogo.compile.types.objects import Var
from pogo.compile.types.types import (
    INVALID,
    Array,
    Basic,
    Interface,
    Kind,
    Pointer,
    Signature,
    Slice,
    Tuple,
    Type,
    identical,
    is_untyped,
)

_TYPE_ARG_BUILTINS = frozenset({"make", "new", "Offsetof", "Sizeof", "Alignof"})


def _unparen(e: n.Expr) -> n.Expr:
    while isinstance(e, n.ParenExpr):
        e = e.x
    return e


class CallChecker(ExprChecker):
    def call(self, e: n.CallExpr, hint: Type | None) -> Operand:
        f = self.expr(e.fun)
        if f.invalid():
            for a in e.args:
                self.expr(a)
            return Operand(Mode.INVALID, e)
        if f.mode == Mode.TYPEXPR:
            return self.conversion(e, f.type)
        if f.mode == Mode.BUILTIN:
            return self.builtin(e, f.builtin, hint)
        sig = f.type.underlying()
        if not isinstance(sig, Signature):
            self.error(e.pos, f"invalid operation: cannot call {self.desc(f)}: {self.tstr(f.type)} is not a function")
            for a in e.args:
                self.expr(a)
            return Operand(Mode.INVALID, e)
        if sig.tparams:
            from pogo.compile.types.infer import infer

            xs = self.eval_args(e.args)
            if any(x.invalid() for x in xs):
                return Operand(Mode.INVALID, e)
            given: list[Type] = []
            partial = self.partial_inst.get(e.fun)  # type: ignore[attr-defined]
            if partial is not None:
                sig, given = partial
            inst = infer(self, e, expr_string(e.fun), sig, xs, given)  # type: ignore[arg-type]
            if inst is None:
                return Operand(Mode.INVALID, e)
            sig = inst
            self.record_type(e.fun, sig)
            self.arguments(e, sig, expr_string(e.fun), xs)
        else:
            self.arguments(e, sig, expr_string(e.fun))
        if not sig.results:
            return Operand(Mode.NOVALUE, e)
        if len(sig.results) == 1:
            return Operand(Mode.VALUE, e, sig.results[0].type)
        return Operand(Mode.VALUE, e, Tuple(sig.results))

    def eval_args(self, args: list[n.Expr]) -> list[Operand]:
        """Evaluate call arguments; a single multi-value call spreads into several."""
        if len(args) == 1:
            x = self.expr(args[0])
            if isinstance(x.type, Tuple) and not x.invalid():
                return [Operand(Mode.VALUE, args[0], v.type) for v in x.type.vars]
            return [self.single(x)]
        return [self.value(a) for a in args]

    def arguments(self, e: n.CallExpr, sig: Signature, fname: str, evaluated: list[Operand] | None = None) -> list[Operand]:
        xs = self.eval_args(e.args) if evaluated is None else evaluated
        any_invalid = any(x.invalid() for x in xs)
        params = sig.params
        spread = len(e.args) == 1 and len(xs) > 1
        if e.has_dots:
            if any_invalid:
                return xs
            from pogo.compile.types.composite import start_pos

            if not sig.variadic:
                self.error(start_pos(e), f"cannot use ... in call to non-variadic {fname}")
                return xs
            if spread:  # f()... with a multi-value f
                self.error(start_pos(e), f"cannot use ... with {len(xs)}-valued {expr_string(e.args[0])}")
                return xs
            ptypes = [p.type for p in params]
        elif sig.variadic:
            last = params[-1].type
            assert isinstance(last, Slice)
            fixed = [p.type for p in params[:-1]]
            ptypes = fixed + [last.elem] * max(0, len(xs) - len(fixed))
            if len(xs) < len(fixed):
                ptypes = fixed
        else:
            ptypes = [p.type for p in params]
        if len(xs) != len(ptypes):
            if any_invalid:
                return xs
            have = "(" + ", ".join(self.have_type(x) for x in xs) + ("...)" if e.has_dots else ")")
            want = "(" + ", ".join(
                ("..." + self.tstr(p.type.elem) if sig.variadic and i == len(params) - 1 and isinstance(p.type, Slice)
                 else "unknown type" if p.type is INVALID else self.tstr(p.type)) for i, p in enumerate(params)) + ")"
            if len(xs) < len(ptypes):
                msg = f"not enough arguments in call to {fname}\n\thave {have}\n\twant {want}"
                self.error(e.args[-1].pos if e.args else e.pos, msg)
            else:
                bad = e.args[len(ptypes)] if not spread and len(ptypes) < len(e.args) else e.args[0]
                msg = f"too many arguments in call to {fname}\n\thave {have}\n\twant {want}"
                self.error(bad.pos, msg)
            return xs
        for x, t in zip(xs, ptypes, strict=True):  # gc checks the valid ones after an invalid one
            if x.invalid():
                continue
            if spread:
                if not self.assignable(x, t):
                    self.cannot_use(x, t, f"argument to {fname}")
            else:
                self.assign_to(x, t, f"argument to {fname}")
        return xs

    def have_type(self, x: Operand) -> str:
        if x.type is INVALID:
            return "unknown type"  # types2's typesSummary
        if isinstance(x.type, Basic) and x.type.is_untyped():
            if x.type.kind in (Kind.UNTYPED_INT, Kind.UNTYPED_FLOAT, Kind.UNTYPED_RUNE, Kind.UNTYPED_COMPLEX):
                return "number"
            return self.tstr(u.default_type(x.type)) if x.type.kind != Kind.UNTYPED_NIL else "nil"
        return self.tstr(x.type)

    # ------------------------------------------------------------------

    def conversion(self, e: n.CallExpr, t: Type) -> Operand:
        if len(e.args) != 1:
            if not e.args:
                self.error(e.rparen, f"missing argument in conversion to {self.tstr(t)}")
            else:
                self.error(e.args[-1].pos, f"too many arguments in conversion to {self.tstr(t)}")
            for a in e.args:
                self.expr(a)
            return Operand(Mode.INVALID, e)
        x = self.value(e.args[0], t)
        if x.invalid():
            return Operand(Mode.INVALID, e)
        tu = t.underlying()
        if x.mode == Mode.CONSTANT and getattr(t, "is_type_param", False):
            # types2: the constant must convert to every type of the set; the result is not
            # a constant, and an untyped operand takes its default type (each instance then
            # converts that value, so no member's rounding leaks into another instance).
            xu = x.type.underlying()
            for m in getattr(tu, "members", [tu]):
                if isinstance(m, Basic) and x.val is not None and isinstance(xu, Basic) \
                        and xu.is_numeric() and m.is_numeric() and constant.representable(x.val, m) is None:
                    self.error(x.expr.pos if x.expr else e.pos, f"cannot convert {self.desc(x)} to type {self.tstr(t)}")
                    return Operand(Mode.INVALID, e)
            if is_untyped(x.type):
                self.default(x)
            return Operand(Mode.VALUE, e, t)
        if x.mode == Mode.CONSTANT and x.val is not None and isinstance(tu, Basic) and not tu.is_untyped():
            v = x.val
            if tu.is_string() and constant.is_int(v):
                assert isinstance(v, int)
                r = v if 0 <= v <= 0x10FFFF and not (0xD800 <= v < 0xE000) else 0xFFFD
                return Operand(Mode.CONSTANT, e, t, chr(r).encode("utf-8", "surrogatepass"))
            xt = x.type.underlying()
            if isinstance(xt, Basic) and (xt.is_numeric() and tu.is_numeric() or xt.is_string() and tu.is_string()
                                          or xt.is_boolean() and tu.is_boolean()):
                rv = constant.representable(v, tu)
                if rv is None and tu.is_integer() and xt.is_integer():
                    # types2 (go.dev/issue/63563): an integer constant can only overflow
                    self.error(x.expr.pos if x.expr else e.pos, f"constant {constant.go_string(v)} overflows {self.tstr(t)}")
                    return Operand(Mode.INVALID, e)
                if rv is None:
                    # gc: an integer that does not fit gets the concise message
                    msg = (f"constant {constant.go_string(v)} overflows {self.tstr(t)}" if xt.is_integer() and tu.is_integer()
                           else f"cannot convert {self.desc(x)} to type {self.tstr(t)}")
                    self.error(x.expr.pos if x.expr else e.pos, msg)
                    return Operand(Mode.INVALID, e)
                if rv is not None:
                    self.update_untyped(x.expr, t)
                    return Operand(Mode.CONSTANT, e, t, rv)
        if not self.convertible(x, t):
            from pogo.compile.types.composite import incomplete

            if incomplete(self, t) or incomplete(self, x.type):  # type: ignore[arg-type]
                return Operand(Mode.INVALID, e)
            self.error(x.expr.pos if x.expr else e.pos, f"cannot convert {self.desc(x)} to type {self.tstr(t)}")
            return Operand(Mode.INVALID, e)
        if is_untyped(x.type):
            if isinstance(tu, Basic) and isinstance(x.type, Basic) and x.type.kind != Kind.UNTYPED_NIL and self._kind_compatible(x.type, tu):
                self.convert_untyped(x, t)
            elif isinstance(x.type, Basic) and x.type.kind == Kind.UNTYPED_NIL:
                self.convert_untyped(x, t)
            else:
                self.default(x)
        return Operand(Mode.VALUE, e, t)

    def convertible(self, x: Operand, t: Type) -> bool:
        if self.assignable(x, t):
            return True
        if getattr(x.type, "is_type_param", False) or getattr(t, "is_type_param", False):
            return True  # checked per type of the type set by gc; accepted here
        v = x.type
        vu, tu = v.underlying(), t.underlying()
        if identical(vu, tu, ignore_tags=True):
            return True
        if isinstance(vu, Pointer) and isinstance(tu, Pointer) and identical(
                vu.elem.underlying(), tu.elem.underlying(), ignore_tags=True):
            return True
        if isinstance(vu, Basic) and isinstance(tu, Basic):
            if vu.is_numeric() and tu.is_numeric():
                return True
            if vu.is_integer() and tu.is_string():
                return True
            if vu.kind == Kind.UNSAFE_POINTER and tu.kind == Kind.UINTPTR or vu.kind == Kind.UINTPTR and tu.kind == Kind.UNSAFE_POINTER:
                return True
            if vu.is_string() and tu.is_string():
                return True
        if isinstance(vu, Basic) and vu.kind == Kind.UNSAFE_POINTER and isinstance(tu, Pointer):
            return True
        if isinstance(vu, Slice):  # Go 1.17/1.20: slice to array pointer or array
            if isinstance(tu, Array) and identical(vu.elem, tu.elem):
                return True
            if isinstance(tu, Pointer):
                ta = tu.elem.underlying()
                if isinstance(ta, Array) and identical(vu.elem, ta.elem):
                    return True
        if isinstance(tu, Basic) and tu.kind == Kind.UNSAFE_POINTER and isinstance(vu, Pointer):
            return True
        if isinstance(vu, Basic) and vu.is_string() and isinstance(tu, Slice):
            el = tu.elem.underlying()
            return isinstance(el, Basic) and el.kind in (Kind.UINT8, Kind.INT32)
        if isinstance(tu, Basic) and tu.is_string() and isinstance(vu, Slice):
            el = vu.elem.underlying()
            return isinstance(el, Basic) and el.kind in (Kind.UINT8, Kind.INT32)
        return False

    # ------------------------------------------------------------------

    def builtin(self, e: n.CallExpr, name: str, hint: Type | None) -> Operand:
        args = e.args
        nargs = len(args)
        fname = expr_string(e.fun)

        from pogo.compile.types.composite import start_pos

        def need(lo: int, hi: int) -> bool:
            if nargs < lo or hi >= 0 and nargs > hi:
                from pogo.compile.types.builtins import use_args

                use_args(self, e)  # type: ignore[arg-type]
            if nargs < lo:
                self.error(start_pos(e), f"invalid operation: not enough arguments for {expr_string(e)} (expected {lo}, found {nargs})")
                return False
            if hi >= 0 and nargs > hi:
                self.error(start_pos(e), f"invalid operation: too many arguments for {expr_string(e)} (expected {hi}, found {nargs})")
                return False
            return True

        if e.has_dots and name != "append":
            self.error(e.pos, f"invalid operation: invalid use of ... with built-in {name}")
            for a in args:
                self.expr(a)  # still uses the variables
            return Operand(Mode.INVALID, e)
        if nargs == 1 and name not in _TYPE_ARG_BUILTINS and isinstance(_unparen(args[0]), n.CallExpr):
            # a lone multi-value call spreads over the built-in's parameters (gc)
            x0 = self.expr(args[0])
            if isinstance(x0.type, Tuple) and not x0.invalid():
                self.record_type(args[0], x0.type)
                elems: list[n.Expr] = [n.TupleElem(args[0].pos, args[0], i) for i in range(len(x0.type.vars))]
                if name not in ("print", "println"):
                    self.info.unsupported.append(
                        (self.filename, e.pos, f"pogo: multi-value argument to built-in {name} not supported yet"))
                rs = self.builtin(dataclasses.replace(e, args=elems), name, hint)
                return Operand(rs.mode, e, rs.type, rs.val, rs.builtin)
            self.preset[args[0]] = x0
        from pogo.compile.types.builtins import builtin as more_builtin

        r = more_builtin(self, e, name, hint)  # type: ignore[arg-type]
        if r is not None:
            return r
        if name in ("len", "cap"):
            if not need(1, 1):
                return Operand(Mode.INVALID, e)
            x = self.value(args[0])
            if x.invalid():
                return Operand(Mode.INVALID, e)
            t = x.type.underlying()
            if isinstance(t, Pointer) and isinstance(t.elem.underlying(), Array):
                t = t.elem.underlying()
            if name == "len" and isinstance(t, Basic) and t.is_string():
                if x.mode == Mode.CONSTANT and isinstance(x.val, bytes):
                    return Operand(Mode.CONSTANT, e, u.INT, len(x.val))
                self.default(x)
                return Operand(Mode.VALUE, e, u.INT)
            if isinstance(t, Array):
                return Operand(Mode.CONSTANT, e, u.INT, t.length)
            if isinstance(t, Slice):
                return Operand(Mode.VALUE, e, u.INT)
            self.error(args[0].pos, f"invalid argument: {self.desc(x)} for built-in {name}")
            return Operand(Mode.INVALID, e)
        if name in ("print", "println"):
            xs = [self.value(a) for a in args]
            for a, x in zip(args, xs, strict=True):
                if x.invalid():
                    break
                self.assign_default(x, "argument to built-in " + name)
                if is_untyped(x.type) and not x.invalid():
                    self.error(a.pos, "use of untyped nil in argument to built-in " + name)
                if x.invalid():
                    break  # types2 stops at the first bad argument
            return Operand(Mode.NOVALUE, e)
        if name == "panic":
            if not need(1, 1):
                return Operand(Mode.INVALID, e)
            x = self.value(args[0])
            self.assign_to(x, u.ANY, "argument to panic")
            return Operand(Mode.NOVALUE, e)
        if name == "new":
            if not need(1, 1):
                return Operand(Mode.INVALID, e)
            nx = self.expr(args[0])
            if nx.invalid():
                return Operand(Mode.INVALID, e)
            if nx.mode == Mode.TYPEXPR and getattr(nx.type, "tparams", None) and not getattr(nx.type, "targs", None):
                self.error(args[0].pos, f"cannot use generic type {expr_string(args[0])} without instantiation")
                return Operand(Mode.INVALID, e)
            if nx.mode == Mode.TYPEXPR:
                return Operand(Mode.VALUE, e, Pointer(nx.type))
            nx = self.single(nx)  # Go 1.26: new(expr)
            if nx.invalid():
                return Operand(Mode.INVALID, e)
            if is_untyped(nx.type):
                if isinstance(nx.type, Basic) and nx.type.kind == Kind.UNTYPED_NIL:
                    self.error(args[0].pos, "use of untyped nil in argument to new")
                    return Operand(Mode.INVALID, e)
                self.assign_to(nx, u.default_type(nx.type), "argument to new")  # reports overflow
                if nx.invalid():
                    return Operand(Mode.INVALID, e)
            return Operand(Mode.VALUE, e, Pointer(nx.type))
        if name == "make":
            if not need(1, 3):
                return Operand(Mode.INVALID, e)
            t = self.typexpr(args[0])
            if t is INVALID:
                return Operand(Mode.INVALID, e)
            if not isinstance(t.underlying(), Slice):
                self.not_supported(e, f"make({self.tstr(t)})")
                return Operand(Mode.INVALID, e)
            if nargs < 2:
                self.error(e.pos, f"invalid operation: {expr_string(e)} expects 2 or 3 arguments; found 1")
                return Operand(Mode.INVALID, e)
            sizes = [self.size_arg(a) for a in args[1:]]
            if len(sizes) == 2 and sizes[0] is not None and sizes[1] is not None and sizes[0] > sizes[1]:
                self.error(args[1].pos, "invalid argument: length and capacity swapped")
            return Operand(Mode.VALUE, e, t)
        if name == "append":
            if not need(1, -1):
                return Operand(Mode.INVALID, e)
            s = self.value(args[0], hint)
            if s.invalid():
                return Operand(Mode.INVALID, e)
            st = s.type.underlying()
            if not isinstance(st, Slice):
                have = "untyped nil" if isinstance(s.type, Basic) and s.type.kind == Kind.UNTYPED_NIL else self.desc(s)
                self.error(args[0].pos, f"invalid append: argument must be a slice; have {have}")
                for a in args[1:]:
                    self.expr(a)  # still uses their variables
                return Operand(Mode.INVALID, e)
            if e.has_dots:
                if nargs != 2:  # types2 checks the count against append(s S, x ...E)
                    xs = [s] + [self.value(a) for a in args[1:]]
                    have = "(" + ", ".join(self.have_type(x) for x in xs) + "...)"
                    want = f"({self.tstr(s.type)}, ...{self.tstr(st.elem)})"
                    what, at = ("not enough", args[-1]) if nargs < 2 else ("too many", args[2])
                    self.error(at.pos, f"{what} arguments in call to append\n\thave {have}\n\twant {want}")
                    return Operand(Mode.INVALID, e)
                y = self.value(args[1])
                yt = y.type.underlying()
                el = st.elem.underlying()
                if isinstance(yt, Basic) and yt.is_string() and isinstance(el, Basic) and el.kind == Kind.UINT8:
                    self.default(y)
                else:
                    self.assign_to(y, Slice(st.elem), "argument to append")  # []E, not S: T2 of []E fits too
            else:
                for a in args[1:]:
                    self.assign_to(self.value(a), st.elem, "argument to append")
            return Operand(Mode.VALUE, e, s.type)
        if name == "copy":
            if not need(2, 2):
                return Operand(Mode.INVALID, e)
            x = self.value(args[0])
            y = self.value(args[1])
            if x.invalid() or y.invalid():
                return Operand(Mode.INVALID, e)
            return self.copy_args(e, x, y)
        # package unsafe
        if name == "Add":
            if not need(2, 2):
                return Operand(Mode.INVALID, e)
            p = self.value(args[0])
            self.assign_to(p, u.UNSAFE_POINTER, "argument to unsafe.Add")
            self.size_arg(args[1], "")
            return Operand(Mode.VALUE, e, u.UNSAFE_POINTER)
        if name == "String":
            if not need(2, 2):
                return Operand(Mode.INVALID, e)
            p = self.value(args[0])
            self.assign_to(p, Pointer(u.BYTE), "argument to unsafe.String")
            self.size_arg(args[1], "length")
            return Operand(Mode.VALUE, e, u.STRING)
        if name == "StringData":
            if not need(1, 1):
                return Operand(Mode.INVALID, e)
            self.assign_to(self.value(args[0]), u.STRING, "argument to unsafe.StringData")
            return Operand(Mode.VALUE, e, Pointer(u.BYTE))
        if name == "Slice":
            if not need(2, 2):
                return Operand(Mode.INVALID, e)
            p = self.value(args[0])
            pt = p.type.underlying()
            if not isinstance(pt, Pointer):
                self.error(args[0].pos, f"invalid argument: {self.desc(p)} is not a pointer")
                return Operand(Mode.INVALID, e)
            self.size_arg(args[1], "length")
            return Operand(Mode.VALUE, e, Slice(pt.elem))
        if name == "SliceData":
            if not need(1, 1):
                return Operand(Mode.INVALID, e)
            s = self.value(args[0])
            st2 = s.type.underlying()
            if not isinstance(st2, Slice):
                self.error(args[0].pos, f"invalid argument: {self.desc(s)} is not a slice")
                return Operand(Mode.INVALID, e)
            return Operand(Mode.VALUE, e, Pointer(st2.elem))
        if name in ("Sizeof", "Alignof"):
            if not need(1, 1):
                return Operand(Mode.INVALID, e)
            x = self.value(args[0])
            if isinstance(x.type, Basic) and x.type.kind == Kind.UNTYPED_NIL:
                self.error(args[0].pos, f"use of untyped nil in argument to unsafe.{name}")
                return Operand(Mode.INVALID, e)
            self.default(x)
            from pogo.compile.types.builtins import has_var_size
            from pogo.compile.types.types import alignof, sizeof

            if has_var_size(x.type):
                return Operand(Mode.VALUE, e, u.UINTPTR)  # known per instance (types2)
            return Operand(Mode.CONSTANT, e, u.UINTPTR, sizeof(x.type) if name == "Sizeof" else alignof(x.type))
        self.not_supported(e, f"built-in {fname}")
        for a in args:
            self.expr(a)
        return Operand(Mode.INVALID, e)

    def copy_args(self, e: n.CallExpr, x: Operand, y: Operand) -> Operand:
        """copy(dst, src): slices of identical element types, or a string into []byte
        (type parameters: every type of their type sets)."""
        from pogo.compile.types.generics import type_set

        def elem(o: Operand, src: bool) -> Type | None:
            if is_untyped(o.type) and isinstance(o.type, Basic) and o.type.kind != Kind.UNTYPED_NIL and src \
                    and o.type.is_string():
                return u.BYTE
            ts = type_set(o.type) if not is_untyped(o.type) else None
            elems: list[Type] = []
            for _, tu in ts or []:
                if isinstance(tu, Slice):
                    elems.append(tu.elem)
                elif src and isinstance(tu, Basic) and tu.is_string():
                    elems.append(u.BYTE)
                else:
                    return None
            if not elems or any(not identical(elems[0], t) for t in elems[1:]):
                return None
            return elems[0]

        for o, src in ((x, False), (y, True)):
            if elem(o, src) is None:
                have = "untyped nil" if isinstance(o.type, Basic) and o.type.kind == Kind.UNTYPED_NIL else self.desc(o)
                self.error(o.expr.pos if o.expr else e.pos, f"invalid copy: argument must be a slice; have {have}")
                return Operand(Mode.INVALID, e)
        ex, ey = elem(x, False), elem(y, True)
        assert ex is not None and ey is not None
        if not identical(ex, ey):
            self.error(x.expr.pos if x.expr else e.pos, f"invalid copy: arguments {self.desc(x)} and {self.desc(y)} "
                                                        f"have different element types {self.tstr(ex)} and {self.tstr(ey)}")
            return Operand(Mode.INVALID, e)
        self.default(y)
        return Operand(Mode.VALUE, e, u.INT)

    def size_arg(self, a: n.Expr, what: str = "index") -> int | None:
        """A length, capacity or size argument (an integer; ``what`` names it in the
        negative-value error, none for an offset); its value when constant."""
        x = self.value(a)
        if x.invalid():
            return None
        t = x.type.underlying()
        if x.mode == Mode.CONSTANT and is_untyped(x.type):
            if isinstance(x.val, (bytes, bool)):
                self.error(a.pos, f"cannot convert {self.desc(x)} to type int")
                return None
            iv = constant.to_int(x.val) if x.val is not None else None
            if iv is None:
                self.error(a.pos, f"{self.desc(x)} truncated to int")
                return None
            if constant.representable(iv, u.INT) is None:
                self.error(a.pos, f"{self.desc(x)} overflows int")
                return None
            self.convert_untyped(x, u.INT)
            x.val = iv
        elif not (isinstance(t, Basic) and t.is_integer()):
            self.error(a.pos, f"invalid argument: {what or 'length'} {self.desc(x)} must be integer")
            return None
        elif is_untyped(x.type):
            self.convert_untyped(x, u.INT)
        if x.mode == Mode.CONSTANT and isinstance(x.val, int) and constant.representable(x.val, u.INT) is None:
            if not (x.val < 0 and what):
                self.error(a.pos, f"invalid argument: {what or 'length'} {self.desc(x)} overflows int")
                return None
        if x.mode == Mode.CONSTANT and isinstance(x.val, int):
            if x.val < 0 and what:  # what="": an offset (unsafe.Add) may be negative
                self.error(a.pos, f"invalid argument: {what} {self.desc(Operand(Mode.CONSTANT, a, x.type, x.val))} "
                                  "must not be negative")
                return None
            return x.val
        return None

__all__ = ["CallChecker", "Interface", "Var"]
