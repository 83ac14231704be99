"""Statements and function bodies, including gc's terminating-statement rule."""

from __future__ import annotations

from pogo.compile.syntax import nodes as n
from pogo.compile.syntax.parser import unparen
from pogo.compile.types import universe as u
from pogo.compile.types.base import Mode, Operand
from pogo.compile.types.call import CallChecker
from pogo.compile.types.exprstring import expr_string
from pogo.compile.types.objects import Const, Func, Var
from pogo.compile.types.types import (
    INVALID,
    Array,
    Basic,
    Interface,
    Kind,
    Map,
    Pointer,
    Signature,
    Slice,
    Tuple,
    Type,
    comparable,
    has_nil,
    is_basic,
    is_untyped,
)


def nth(i: int, what: str) -> str:
    """``1st what``, ``2nd what``, ... (types2's names for the values of a call)."""
    ext = {1: "st", 2: "nd", 3: "rd"}.get(i, "th")
    return f"{i}{ext} {what}"


class StmtChecker(CallChecker):
    def func_body(self, f: Func | None, params: list[Var], results: list[Var], body: n.BlockStmt) -> None:
        saved_scope = self.scope
        self.scope = self.pkg.scope if f is not None else self.scope
        self.open_scope("function", is_func=True)
        for v in params + results:
            if v.name:
                self.declare(self.scope, None, v)
        self.func_sig_stack.append((f, results))
        self.stmt_list(body.stmts)
        self.func_sig_stack.pop()
        if results and not self.is_terminating_list(body.stmts):
            self.error(body.rbrace, "missing return")
        self.close_scope()
        self.scope = saved_scope

    def func_lit_body(self, sig: Signature, params: list[Var], results: list[Var], body: n.BlockStmt) -> None:
        """The body of a function literal, in the current scope (it may capture locals)."""
        self.open_scope("function", is_func=True)
        for v in params + results:
            if v.name and v.name != "_":
                self.scope.insert(v)  # duplicates were reported with the signature
        self.func_sig_stack.append((None, results))
        self.stmt_list(body.stmts)
        self.func_sig_stack.pop()
        if results and not self.is_terminating_list(body.stmts):
            self.error(body.rbrace, "missing return")
        self.close_scope()

    # ------------------------------------------------------------------

    def stmt_list(self, stmts: list[n.Stmt]) -> None:
        for s in stmts:
            self.stmt(s)

    def block(self, b: n.BlockStmt) -> None:
        self.open_scope("block")
        self.stmt_list(b.stmts)
        self.close_scope()

    def stmt(self, s: n.Stmt) -> None:
        if isinstance(s, n.EmptyStmt):
            return
        if isinstance(s, n.ExprStmt):
            self.expr_stmt(s)
        elif isinstance(s, n.AssignStmt):
            self.assign_stmt(s)
        elif isinstance(s, n.IncDecStmt):
            x = self.value(s.x)
            if x.invalid():
                return
            t = x.type.underlying()
            if not (isinstance(t, Basic) and t.is_numeric()):
                self.error(s.x.pos, f"invalid operation: {expr_string(s.x)}{s.op} (non-numeric type {self.tstr(x.type)})")
                return
            self.check_assignable_lhs(s.x, x)
        elif isinstance(s, n.BlockStmt):
            self.block(s)
        elif isinstance(s, n.IfStmt):
            self.open_scope("if")
            if s.init is not None:
                self.stmt(s.init)
            self.condition(s.cond, "if statement")
            self.block(s.then)
            if s.else_ is not None:
                self.stmt(s.else_)
            self.close_scope()
        elif isinstance(s, n.ForStmt):
            self.open_scope("for")
            if s.init is not None:
                self.stmt(s.init)
            if s.cond is not None:
                self.condition(s.cond, "for statement")
            if s.post is not None:
                self.stmt(s.post)
            self.loop_depth += 1
            self.block(s.body)
            self.loop_depth -= 1
            self.close_scope()
        elif isinstance(s, n.RangeStmt):
            self.range_stmt(s)
        elif isinstance(s, n.SwitchStmt):
            self.switch_stmt(s)
        elif isinstance(s, n.TypeSwitchStmt):
            self.type_switch_stmt(s)
        elif isinstance(s, n.ReturnStmt):
            self.return_stmt(s)
        elif isinstance(s, n.BranchStmt):
            pass  # placement and labels: checked while parsing (syntax/branches.py)
        elif isinstance(s, n.DeclStmt):
            for d in s.decls:
                self.local_decl(d)
        elif isinstance(s, n.LabeledStmt):
            self.stmt(s.stmt)
        elif isinstance(s, (n.GoStmt, n.DeferStmt)):
            from pogo.compile.types.composite import go_defer

            go_defer(self, s)  # type: ignore[arg-type]
        elif isinstance(s, n.SendStmt):
            from pogo.compile.types.composite import send

            send(self, s)  # type: ignore[arg-type]
        elif isinstance(s, n.SelectStmt):
            from pogo.compile.types.composite import select_stmt

            select_stmt(self, s)  # type: ignore[arg-type]
        elif isinstance(s, n.BadStmt):
            return
        else:
            self.not_supported(s, type(s).__name__)

    loop_depth: int = 0
    switch_depth: int = 0

    def local_decl(self, d: n.Decl) -> None:
        raise NotImplementedError

    def condition(self, e: n.Expr, where: str) -> None:
        x = self.value(e)
        if x.invalid():
            return
        t = x.type.underlying()
        if not (isinstance(t, Basic) and t.is_boolean()):
            self.error(e.pos, f"non-boolean condition in {where}")
            return
        self.default(x)

    def expr_stmt(self, s: n.ExprStmt) -> None:
        x = self.expr(s.x)
        if x.invalid():
            return
        e = s.x
        while isinstance(e, n.ParenExpr):
            e = e.x
        if isinstance(e, n.UnaryExpr) and e.op == "<-":
            return
        if isinstance(e, n.CallExpr) and x.mode != Mode.TYPEXPR:
            f = self.info.types.get(e.fun)
            if f is not None and f.mode == Mode.BUILTIN or x.mode == Mode.BUILTIN:
                pass
            if x.mode in (Mode.NOVALUE, Mode.VALUE) and not self._is_pure_builtin(e):
                return
            if x.mode == Mode.CONSTANT or self._is_pure_builtin(e):
                self.error(s.x.pos, f"{self.desc(x)} is not used")
                return
            return
        if x.mode == Mode.TYPEXPR:
            self.error(s.x.pos, f"{expr_string(s.x)} (type) is not an expression")
            return
        self.error(s.x.pos, f"{self.desc(x)} is not used")

    def _is_pure_builtin(self, e: n.CallExpr) -> bool:
        fun = e.fun
        while isinstance(fun, n.ParenExpr):
            fun = fun.x
        if isinstance(fun, n.SelectorExpr) and isinstance(fun.x, n.Name):
            from pogo.compile.types.objects import PkgName

            pn = self.info.uses.get(fun.x)
            if isinstance(pn, PkgName) and pn.imported.path == "unsafe":
                return True  # every function of package unsafe only computes a value
        tv = self.info.types.get(e.fun)
        if tv is None or tv.mode != Mode.BUILTIN:
            name = e.fun.value if isinstance(e.fun, n.Name) else ""
            obj = self.info.uses.get(e.fun) if isinstance(e.fun, n.Name) else None
            from pogo.compile.types.objects import Builtin

            return isinstance(obj, Builtin) and name in ("len", "cap", "append", "make", "new", "min", "max", "complex", "real", "imag")
        return isinstance(e.fun, n.Name) and e.fun.value in ("len", "cap", "append", "make", "new", "min", "max", "complex",
                                                             "real", "imag")

    # ------------------------------------------------------------------
    # assignments

    def check_assignable_lhs(self, e: n.Expr, x: Operand) -> bool:
        if x.invalid():
            return False
        if x.mode in (Mode.VARIABLE, Mode.MAPINDEX):
            return True
        if x.mode == Mode.BUILTIN:
            self.error(e.pos, f"{expr_string(e)} (built-in) must be called")
            return False
        inner = e
        while isinstance(inner, n.ParenExpr):
            inner = inner.x
        if isinstance(inner, n.Name) and isinstance(self.info.uses.get(inner), Const):
            self.error(e.pos, f"cannot assign to {expr_string(e)} (neither addressable nor a map index expression)")
            return False
        if isinstance(inner, n.SelectorExpr):
            base = self.info.types.get(inner.x)
            if base is not None and base.mode == Mode.MAPINDEX:
                self.error(e.pos, f"cannot assign to struct field {expr_string(e)} in map")
                return False
        self.error(e.pos, f"cannot assign to {expr_string(e)} (neither addressable nor a map index expression)")
        return False

    def lhs_operand(self, e: n.Expr) -> Operand:
        """Evaluate an assignment target without counting it as a use."""
        inner = e
        while isinstance(inner, n.ParenExpr):
            inner = inner.x
        if isinstance(inner, n.Name) and inner.value == "_":
            self.info.defs[inner] = Var("_", None, self.pkg)
            return Operand(Mode.VARIABLE, e, INVALID)
        if isinstance(inner, n.Name):
            self.lhs_context = True
            x = self.expr(e)
            self.lhs_context = False
        else:
            x = self.expr(e)
        return x

    def rhs_values(self, lhs_count: int, rhs: list[n.Expr], hints: list[Type | None],
                   skip: list[bool] | None = None) -> list[Operand] | None:
        """Evaluate the right-hand side of an assignment of lhs_count values; with n:n values,
        one whose target is invalid (skip) is only evaluated, as types2 does (no single-value check)."""
        if len(rhs) == 1 and lhs_count > 1:
            x = self.expr(rhs[0])
            if x.invalid():
                return None
            from pogo.compile.types.composite import start_pos

            if isinstance(x.type, Tuple):
                if len(x.type.vars) != lhs_count:
                    self.assign_mismatch(rhs[0], lhs_count, len(x.type.vars), True)
                    return None
                # as types2, each value is described by its place ("2nd function result")
                return [Operand(Mode.VALUE, n.Name(start_pos(rhs[0]), nth(i + 1, "function result")), v.type)
                        for i, v in enumerate(x.type.vars)]
            if x.mode in (Mode.COMMAOK, Mode.MAPINDEX) and lhs_count == 2:
                self.record_type(rhs[0], Tuple([Var("", x.type, None), Var("", u.UNTYPED_BOOL, None)]), Mode.COMMAOK)
                ok = n.Name(start_pos(rhs[0]), "ok value of (comma, ok) expression")
                return [Operand(x.mode, rhs[0], x.type), Operand(Mode.VALUE, ok, u.UNTYPED_BOOL)]
            self.assign_mismatch(rhs[0], lhs_count, 1, isinstance(rhs[0], n.CallExpr))
            return None
        if len(rhs) != lhs_count:
            for r in rhs:
                self.expr(r)
            if len(rhs) == 1 and isinstance(rhs[0], n.CallExpr):
                tv = self.info.types.get(rhs[0])
                got = len(tv.type.vars) if tv is not None and isinstance(tv.type, Tuple) else 1
                self.assign_mismatch(rhs[0], lhs_count, got, True)
            else:
                self.assign_mismatch(rhs[0], lhs_count, len(rhs), False)
            return None
        out = []
        for i, (r, h) in enumerate(zip(rhs, hints, strict=True)):
            if skip is not None and skip[i]:
                self.expr(r)
                out.append(Operand(Mode.INVALID, r))
                continue
            x = self.expr(r, h)
            if isinstance(x.type, Tuple) and not x.invalid() and lhs_count == 1:
                self.assign_mismatch(r, lhs_count, len(x.type.vars), True)
                return None
            out.append(self.single(x))  # n:n, as types2: a multi-value call is out of place
        return out

    def assign_mismatch(self, rhs0: n.Expr, nl: int, nr: int, call: bool) -> None:
        vs = "variable" if nl == 1 else "variables"
        if call:
            vals = "value" if nr == 1 else "values"
            fun = rhs0.fun if isinstance(rhs0, n.CallExpr) else rhs0
            self.error(rhs0.pos, f"assignment mismatch: {nl} {vs} but {expr_string(fun)} returns {nr} {vals}")
        else:
            vals = "value" if nr == 1 else "values"
            self.error(rhs0.pos, f"assignment mismatch: {nl} {vs} but {nr} {vals}")

    def assign_stmt(self, s: n.AssignStmt) -> None:
        if s.op == ":=":
            self.short_var_decl(s)
            return
        if s.op != "=":
            # op-assignment: x op= y  is  x = x op y
            if len(s.lhs) != 1 or len(s.rhs) != 1:
                self.error(s.pos, f"assignment operation {s.op} requires single-valued expressions")
                return
            x = self.value(s.lhs[0])
            if x.invalid():
                self.expr(s.rhs[0])
                return
            op = s.op[:-1]
            fake = n.BinaryExpr(s.lhs[0].pos, op, s.lhs[0], s.rhs[0], s.pos)
            self.op_assign_fakes.add(fake)
            r = self.binary(fake, None)
            if r.invalid():
                return
            self.record(Operand(r.mode, fake, r.type, r.val))
            self.op_assign_exprs[s] = fake
            self.check_assignable_lhs(s.lhs[0], x)
            return
        lhs_ops = [self.lhs_operand(e) for e in s.lhs]
        hints: list[Type | None] = [x.type if not x.invalid() and x.type is not INVALID else None for x in lhs_ops]
        rhs = self.rhs_values(len(s.lhs), s.rhs, hints, [lx.invalid() for lx in lhs_ops])
        if rhs is None:
            return
        for le, lx, rx in zip(s.lhs, lhs_ops, rhs, strict=True):
            if lx.type is INVALID and isinstance(le, n.Name) and le.value == "_":
                self.assign_default(rx, "assignment to _ identifier")
                if isinstance(rx.type, Basic) and rx.type.kind == Kind.UNTYPED_NIL:
                    self.error(rx.expr.pos if rx.expr else s.pos, "use of untyped nil in assignment")
                continue
            if not self.check_assignable_lhs(le, lx):
                continue
            self.assign_to(rx, lx.type, "multiple assignment" if len(s.lhs) > 1 else "assignment", expr_string(le))

    op_assign_exprs: dict[n.AssignStmt, n.BinaryExpr]

    def short_var_decl(self, s: n.AssignStmt) -> None:
        new_vars: list[Var] = []
        lhs_vars: list[Var | None] = []
        seen: set[str] = set()
        for e in s.lhs:
            if not isinstance(e, n.Name):
                self.expr(e)
                self.error(e.pos, f"non-name {expr_string(e)} on left side of :=")
                lhs_vars.append(None)
                continue
            if e.value in seen and e.value != "_":
                self.error(e.pos, f"{e.value} repeated on left side of :=")
                lhs_vars.append(None)
                continue
            seen.add(e.value)
            old = self.scope.lookup(e.value)
            if old is not None and isinstance(old, Var):
                self.info.uses[e] = old
                lhs_vars.append(old)
                continue
            v = Var(e.value, None, self.pkg, e.pos, self.filename)
            self.info.defs[e] = v
            new_vars.append(v)
            lhs_vars.append(v)
        hints: list[Type | None] = [lv.type if lv is not None and lv not in new_vars else None for lv in lhs_vars]
        rhs = self.rhs_values(len(s.lhs), s.rhs, hints)
        for i, lv in enumerate(lhs_vars):
            if lv is None:
                continue
            v = lv
            if rhs is None:
                if v in new_vars:
                    v.type = INVALID
                continue
            x = rhs[i]
            if v in new_vars:
                if x.invalid():
                    v.type = INVALID
                    continue
                if isinstance(x.type, Basic) and x.type.kind == Kind.UNTYPED_NIL:
                    self.error(x.expr.pos if x.expr else s.pos, "use of untyped nil in assignment")
                    v.type = INVALID
                    continue
                v.type = self.assign_default(x, "multiple assignment" if len(s.lhs) > 1 else "assignment")
            else:
                self.assign_to(x, v.type, "multiple assignment" if len(s.lhs) > 1 else "assignment", v.name)
        if not new_vars and all(v is not None for v in lhs_vars):
            self.error(s.pos, "no new variables on left side of :=")
        for v in new_vars:
            if v.name != "_":
                self.declare(self.scope, None, v)

    # ------------------------------------------------------------------

    def return_stmt(self, s: n.ReturnStmt) -> None:
        f, results = self.func_sig_stack[-1]
        if not s.results:
            if results and not results[0].name:
                want = "(" + ", ".join(self.tstr(r.type) for r in results) + ")"
                self.error(s.pos, f"not enough return values\n\thave ()\n\twant {want}")
            return
        if not results:
            xs = [self.expr(e) for e in s.results]
            have = "(" + ", ".join(self.have_type(x) for x in xs) + ")"
            self.error(s.results[0].pos, f"too many return values\n\thave {have}\n\twant ()")
            return
        call = isinstance(unparen(s.results[0]), n.CallExpr)
        if len(s.results) == 1 and (len(results) > 1 or call):
            # a single call stands for all its results (types2: return 1 value from f() (int, int)
            # is a count mismatch, not a multi-value in single-value context)
            x = self.expr(s.results[0], results[0].type if len(results) == 1 else None)
            if x.mode == Mode.NOVALUE:
                x = self.single(x)
            if x.invalid():
                return
            if len(results) == 1 and not isinstance(x.type, Tuple):
                x = self.single(x)
                if not x.invalid():
                    self.assign_to(x, results[0].type, "return statement")
                return
            if isinstance(x.type, Tuple):
                if len(x.type.vars) != len(results):
                    self.return_count_error(s, [Operand(Mode.VALUE, None, v.type) for v in x.type.vars], results)
                    return
                from pogo.compile.types.composite import start_pos

                for i, (v, r) in enumerate(zip(x.type.vars, results, strict=True)):
                    what = n.Name(start_pos(s.results[0]), nth(i + 1, "function result"))
                    self.assign_to(Operand(Mode.VALUE, what, v.type), r.type, "return statement")
                return
            self.return_count_error(s, [x], results)
            return
        xs = []
        for i, e in enumerate(s.results):
            xs.append(self.value(e, results[i].type if i < len(results) else None))
        if len(xs) != len(results):
            self.return_count_error(s, xs, results)
            return
        for x, r in zip(xs, results, strict=True):
            self.assign_to(x, r.type, "return statement")

    def return_count_error(self, s: n.ReturnStmt, xs: list[Operand], results: list[Var]) -> None:
        have = "(" + ", ".join(self.have_type(x) for x in xs) + ")"
        want = "(" + ", ".join(self.tstr(r.type) for r in results) + ")"
        if len(xs) < len(results):
            self.error(s.results[-1].pos if s.results else s.pos, f"not enough return values\n\thave {have}\n\twant {want}")
        else:
            self.error(s.results[len(results)].pos if len(s.results) > len(results) else s.results[0].pos,
                       f"too many return values\n\thave {have}\n\twant {want}")

    # ------------------------------------------------------------------

    def range_stmt(self, s: n.RangeStmt) -> None:
        self.open_scope("range")
        x = self.value(s.x)
        untyped_n: Operand | None = None
        key_t: Type = INVALID
        val_t: Type | None = None
        if not x.invalid() and getattr(x.type, "is_type_param", False):
            from pogo.compile.types.generics import common_under

            cu = common_under(self, x.type)  # type: ignore[arg-type]
            if isinstance(cu, str):
                self.error(s.x.pos, f"cannot range over {self.desc(x)}: {cu}")
                x.mode = Mode.INVALID
        errors_before = len(self.diags.items)
        if not x.invalid():
            t = x.type.underlying()
            if isinstance(t, Pointer) and isinstance(t.elem.underlying(), Array):
                t = t.elem.underlying()
            if isinstance(t, Basic) and t.is_integer():
                xdesc = self.desc(x)  # as written, before an untyped constant gets its type
                if is_untyped(x.type):
                    assigned = (not s.define and s.key is not None
                                and not (isinstance(s.key, n.Name) and s.key.value == "_"))
                    if assigned:
                        untyped_n = Operand(x.mode, x.expr, x.type, x.val)  # converted to the variable's type below
                    else:  # the constant's default type: int, or rune for a rune literal
                        self.assign_to(x, u.default_type(x.type), "range clause")
                key_t = x.type
                if s.value is not None:
                    self.error(s.value.pos, f"range over {xdesc} permits only one iteration variable")
            elif isinstance(t, Basic) and t.is_string():
                self.default(x)
                key_t, val_t = u.INT, u.RUNE
            elif isinstance(t, (Slice, Array)):
                key_t, val_t = u.INT, t.elem
            else:
                from pogo.compile.types.rangeover import range_types

                kv = range_types(self, s, x)  # type: ignore[arg-type]
                if kv is None:
                    key_t = INVALID
                else:
                    key_t, val_t = kv
            if s.extra is not None and len(self.diags.items) == errors_before:
                self.error(s.extra.pos, "range clause permits at most two iteration variables")
        for e, t2 in ((s.key, key_t), (s.value, val_t)):
            if e is None:
                continue
            if s.define:
                if not isinstance(e, n.Name):
                    self.error(e.pos, f"non-name {expr_string(e)} on left side of :=")
                    continue
                v = Var(e.value, t2 if t2 is not None else INVALID, self.pkg, e.pos, self.filename)
                if v.type is INVALID:
                    v.used = True  # no "declared and not used" after the range error (types2)
                self.info.defs[e] = v
                if e.value != "_":
                    self.declare(self.scope, None, v)
            else:
                lx = self.lhs_operand(e)
                if isinstance(e, n.Name) and e.value == "_":
                    continue
                if self.check_assignable_lhs(e, lx) and t2 is not None:
                    if e is s.key and untyped_n is not None:
                        if not is_basic(lx.type, "is_integer"):
                            self.error(e.pos, f"cannot use iteration variable of type {self.tstr(lx.type)}")
                        else:
                            self.assign_to(untyped_n, lx.type, "range clause")
                    else:
                        self.assign_to(Operand(Mode.VALUE, s.x, t2), lx.type, "range")
        self.loop_depth += 1
        self.block(s.body)
        self.loop_depth -= 1
        self.close_scope()

    def switch_stmt(self, s: n.SwitchStmt) -> None:
        self.open_scope("switch")
        if s.init is not None:
            self.stmt(s.init)
        tag: Operand | None = None
        if s.tag is not None:
            tag = self.value(s.tag)
            if not tag.invalid():
                self.assign_default(tag, "switch expression")
            if not tag.invalid() and not comparable(tag.type) and not has_nil(tag.type):
                from pogo.compile.types.composite import start_pos

                self.error(start_pos(s.tag), f"cannot switch on {self.desc(tag)} ({self.tstr(tag.type)} is not comparable)")
                tag.mode = Mode.INVALID
        from pogo.compile.types.switchcase import SeenValues, convert_untyped_checked, multiple_defaults

        multiple_defaults(self, s.cases)  # type: ignore[arg-type]
        seen = SeenValues()
        for c in s.cases:
            if c.exprs is not None:
                for e in c.exprs:
                    if tag is None:
                        # A tagless switch compares each case with the constant true, so a
                        # case of interface type holding a bool is valid too.
                        x = self.value(e)
                        if x.invalid() or not convert_untyped_checked(self, x, u.BOOL):  # type: ignore[arg-type]
                            continue
                        t = x.type.underlying()
                        if not (isinstance(t, Basic) and t.is_boolean()) and not (
                                isinstance(t, Interface) and self.assignable(Operand(Mode.CONSTANT, e, u.BOOL), x.type)):
                            self.error(e.pos, f"invalid case {expr_string(e)} in switch (mismatched types {self.tstr(x.type)} and bool)")
                            continue
                        seen.check(self, x)  # type: ignore[arg-type]
                    elif not tag.invalid():
                        x = self.value(e)
                        if x.invalid() or not convert_untyped_checked(self, x, tag.type):  # type: ignore[arg-type]
                            continue
                        y = Operand(tag.mode, tag.expr, tag.type, tag.val)
                        if not self.match_types(x, y) or not (self.assignable(x, tag.type) or self.assignable(y, x.type)):
                            self.error(e.pos, f"invalid case {expr_string(e)} in switch on {expr_string(s.tag) if s.tag else ''} (mismatched types {self.tstr(x.type)} and {self.tstr(tag.type)})")
                            continue
                        xu = x.type.underlying()
                        if not x.nil and isinstance(xu, (Slice, Map, Signature)) and not comparable(x.type):
                            what = "slice" if isinstance(xu, Slice) else "map" if isinstance(xu, Map) else "func"
                            self.error(e.pos, f"invalid case {expr_string(e)} in switch on {expr_string(s.tag) if s.tag else ''} "
                                              f"({what} can only be compared to nil)")
                            continue
                        seen.check(self, x)  # type: ignore[arg-type]
                    else:
                        self.expr(e)  # still uses its variables
            self.open_scope("case")
            self.switch_depth += 1
            self.stmt_list(c.body)
            self.switch_depth -= 1
            self.close_scope()
        self.close_scope()

    def type_switch_stmt(self, s: n.TypeSwitchStmt) -> None:
        self.open_scope("type switch")
        if s.init is not None:
            self.stmt(s.init)
        if s.bind is not None and s.bind.value == "_":  # _ := x.(type) declares nothing
            self.error(s.bind.pos, "no new variable on left side of :=")
        x = self.value(s.x)
        if not x.invalid() and not isinstance(x.type.underlying(), Interface):
            self.error(s.x.pos, f"{self.desc(x)} is not an interface")
            x.mode = Mode.INVALID
        case_vars: list[Var] = []
        from pogo.compile.types.switchcase import SeenTypes, multiple_defaults

        multiple_defaults(self, s.cases)  # type: ignore[arg-type]
        seen = SeenTypes()
        for c in s.cases:
            types: list[Type] = []
            if c.exprs is not None:
                for e in c.exprs:
                    inner = e
                    while isinstance(inner, n.ParenExpr):
                        inner = inner.x
                    if isinstance(inner, n.Name) and inner.value == "nil" and \
                            self.scope.lookup_parent("nil") is u.UNIVERSE.lookup("nil"):
                        self.record_type(inner, u.UNTYPED_NIL, Mode.VALUE)
                        self.record_type(e, u.UNTYPED_NIL, Mode.VALUE)  # case ((nil)): as nil
                        types.append(u.UNTYPED_NIL)
                        seen.duplicate(self, e, None)  # type: ignore[arg-type]
                        continue
                    ct = self.typexpr(e)
                    types.append(ct)
                    if ct is INVALID or seen.duplicate(self, e, ct):  # type: ignore[arg-type]
                        continue
                    xi = x.type.underlying() if not x.invalid() else None
                    if isinstance(xi, Interface) and ct is not INVALID and not isinstance(ct.underlying(), Interface):
                        from pogo.compile.types.lookup import missing_method, paren_reason

                        mm, why = missing_method(ct, xi, self.pkg, self.resolve_global)
                        if mm is not None:
                            self.error(e.pos, f"impossible type switch case: {expr_string(e)}\n\t{self.desc(x)} cannot have dynamic type "
                                              f"{self.tstr(ct)} {paren_reason(why)}")
            self.open_scope("case")
            if s.bind is not None and s.bind.value != "_":
                vt = types[0] if len(types) == 1 and types[0] is not u.UNTYPED_NIL else (x.type if not x.invalid() else INVALID)
                v = Var(s.bind.value, vt, self.pkg, s.bind.pos, self.filename)
                self.declare(self.scope, None, v)
                self.info.implicits[c] = v
                case_vars.append(v)
                # the symbolic variable counts as used if any clause uses it
                self.scope.names.pop(v.name)
                self.scope.names[v.name] = v
            self.switch_depth += 1
            self.stmt_list(c.body)
            self.switch_depth -= 1
            # unused-ness of case variables is reported once, at the bind name
            if s.bind is not None and case_vars:
                self.scope.names.pop(s.bind.value, None)
            self.close_scope()
        if s.bind is not None and s.bind.value != "_":
            if not case_vars or not any(v.used for v in case_vars):
                self.error(s.bind.pos, f"{s.bind.value} declared and not used")
        self.close_scope()

    # ------------------------------------------------------------------
    # terminating statements (spec "Terminating statements")

    def is_terminating_list(self, stmts: list[n.Stmt]) -> bool:
        i = len(stmts) - 1
        while i >= 0 and isinstance(stmts[i], n.EmptyStmt):
            i -= 1
        return i >= 0 and self.is_terminating(stmts[i])

    def is_terminating(self, s: n.Stmt, label: str | None = None) -> bool:
        """Spec "Terminating statements"; label names s when it is a labeled statement."""
        if isinstance(s, n.ReturnStmt):
            return True
        if isinstance(s, n.BranchStmt) and s.tok in ("goto", "fallthrough"):
            return True
        if isinstance(s, n.ExprStmt):
            e = s.x
            while isinstance(e, n.ParenExpr):
                e = e.x
            if isinstance(e, n.CallExpr):
                f = e.fun
                while isinstance(f, n.ParenExpr):
                    f = f.x
                if isinstance(f, n.Name) and f.value == "panic":
                    from pogo.compile.types.objects import Builtin

                    return isinstance(self.info.uses.get(f), Builtin)
            return False
        if isinstance(s, n.BlockStmt):
            return self.is_terminating_list(s.stmts)
        if isinstance(s, n.IfStmt):
            return s.else_ is not None and self.is_terminating_list(s.then.stmts) and self.is_terminating(s.else_)
        if isinstance(s, n.ForStmt):
            return s.cond is None and not self.has_break(s.body.stmts, label)
        if isinstance(s, n.LabeledStmt):
            return self.is_terminating(s.stmt, s.label.value)
        if isinstance(s, (n.SwitchStmt, n.TypeSwitchStmt)):
            has_default = False
            for c in s.cases:
                if c.exprs is None:
                    has_default = True
                body = c.body
                if self.has_break(body, label):
                    return False
                j = len(body) - 1
                while j >= 0 and isinstance(body[j], n.EmptyStmt):
                    j -= 1
                if j < 0:
                    return False
                last = body[j]
                if not (self.is_terminating(last) or isinstance(last, n.BranchStmt) and last.tok == "fallthrough"):
                    return False
            return has_default
        if isinstance(s, n.SelectStmt):
            return all(not self.has_break(c.body, label) and self.is_terminating_list(c.body) for c in s.cases)
        return False

    def has_break(self, stmts: list[n.Stmt], label: str | None, nested: bool = False) -> bool:
        """Whether a break leaves the statement owning stmts: an unlabeled one not inside
        a nested for/switch/select, or ``break label`` anywhere (function literals aside)."""
        for s in stmts:
            if isinstance(s, n.BranchStmt) and s.tok == "break":
                if s.label is None and not nested or s.label is not None and s.label.value == label:
                    return True
            elif isinstance(s, n.BlockStmt):
                if self.has_break(s.stmts, label, nested):
                    return True
            elif isinstance(s, n.IfStmt):
                if self.has_break(s.then.stmts, label, nested):
                    return True
                if s.else_ is not None and self.has_break([s.else_], label, nested):
                    return True
            elif isinstance(s, n.LabeledStmt):
                if self.has_break([s.stmt], label, nested):
                    return True
            elif label is not None and isinstance(s, (n.ForStmt, n.RangeStmt)):
                if self.has_break(s.body.stmts, label, True):
                    return True
            elif label is not None and isinstance(s, (n.SwitchStmt, n.TypeSwitchStmt, n.SelectStmt)):
                if any(self.has_break(c.body, label, True) for c in s.cases):
                    return True
        return False


__all__ = ["StmtChecker", "Func"]
