"""Lowering the checked syntax tree to IR (gc's "walk", in spirit).

Reads the type checker's Info side tables and produces ir.Func bodies in which every
implicit operation is explicit: conversions to interfaces, variadic packing, string
operations as runtime calls, bounds checks, zero values, desugared statements.
"""

from __future__ import annotations

from pogo.compile.ir import nodes as ir
from pogo.compile.ir.intrinsics import INTRINSICS
from pogo.compile.syntax import nodes as n
from pogo.compile.types import universe as u
from pogo.compile.types.base import Info, Mode
from pogo.compile.types.objects import Builtin, Const, Func, Object, Package, TypeName, Var
from pogo.compile.types.types import (
    INVALID,
    Array,
    Basic,
    Interface,
    Kind,
    Named,
    Pointer,
    Signature,
    Slice,
    Tuple,
    Type,
    identical,
    is_untyped,
    sizeof,
)

INT = u.INT
BOOL = u.BOOL
UPTR = u.UNSAFE_POINTER


class Unsupported(Exception):
    """A construct the back end cannot compile yet; reported as a diagnostic."""

    def __init__(self, filename: str, pos: n.Pos, what: str) -> None:
        super().__init__(what)
        self.filename = filename
        self.pos = pos
        self.what = what


def final_type(t: Type) -> Type:
    if is_untyped(t):
        return u.default_type(t) if not (isinstance(t, Basic) and t.kind == Kind.UNTYPED_NIL) else UPTR
    return t


def is_direct_iface(t: Type) -> bool:
    """Values stored directly in an interface's data word (pointer-shaped types)."""
    tu = t.underlying()
    return isinstance(tu, Pointer) or (isinstance(tu, Basic) and tu.kind == Kind.UNSAFE_POINTER)


def zero_value(t: Type) -> ir.Expr:
    tu = t.underlying()
    if isinstance(tu, Basic):
        if tu.kind == Kind.STRING:
            return ir.Const(t, b"")
        if tu.kind == Kind.BOOL:
            return ir.Const(t, False)
        if tu.kind == Kind.UNSAFE_POINTER:
            return ir.Nil(t)
        return ir.Const(t, 0)
    return ir.Nil(t)


class FuncBuilder:
    def __init__(self, pb: PackageBuilder, filename: str) -> None:
        self.pb = pb
        self.info = pb.info
        self.filename = filename
        self.locals: dict[Var, ir.Local] = {}
        self.all_locals: list[ir.Local] = []
        self.labels: list[tuple[str, int]] = []  # ("loop"|"switch", label)
        self.named: dict[str, int] = {}  # user label -> the IR label of the loop/switch it names
        self.goto_ids: dict[str, int] = {}  # user label -> its goto target
        self.pending_name: str | None = None  # a label waiting for the statement it names
        self.fallthrough_to: list[int | None] = []  # innermost switch case: next body's label
        self.next_label = 0
        self.result_locals: list[ir.Local] = []

    # ------------------------------------------------------------------
    # helpers

    def unsupported(self, node: n.Node, what: str) -> Unsupported:
        return Unsupported(self.filename, node.pos, f"pogo: {what} not supported yet")

    def new_local(self, name: str, t: Type) -> ir.Local:
        loc = ir.Local(name, t, len(self.all_locals))
        self.all_locals.append(loc)
        return loc

    def local_for(self, v: Var) -> ir.Local:
        loc = self.locals.get(v)
        if loc is None:
            loc = self.new_local(v.name, v.type)
            loc.addr_taken = v.addr_taken
            self.locals[v] = loc
        return loc

    def temp(self, t: Type, stmts: list[ir.Stmt], value: ir.Expr, name: str = "~t") -> ir.LocalRef:
        loc = self.new_local(name, t)
        ref = ir.LocalRef(t, loc)
        stmts.append(ir.Assign(ref, value))
        return ref

    def tv(self, e: n.Expr) -> tuple[Mode, Type, object]:
        tv = self.info.types.get(e)
        if tv is None:
            raise self.unsupported(e, "expression without type information")
        return tv.mode, tv.type, tv.val

    # ------------------------------------------------------------------

    def build(self, fobj: Func, decl: n.FuncDecl, sym: str) -> ir.Func:
        sig = fobj.type
        assert isinstance(sig, Signature)
        params = []
        for i, p in enumerate(sig.params):
            loc = self.local_for(p) if p.name else self.new_local("~p", p.type)
            loc.param_index = i
            params.append(loc)
        results = []
        for i, r in enumerate(sig.results):
            loc = self.local_for(r) if r.name else self.new_local("~r", r.type)
            loc.result_index = i
            results.append(loc)
        self.result_locals = results
        body: list[ir.Stmt] = []
        for rl in results:
            body.append(ir.Assign(ir.LocalRef(rl.type, rl), zero_value(rl.type)))
        assert decl.body is not None
        body.extend(self.block(decl.body.stmts))
        return ir.Func(sym, self.filename, decl.pos, params, results, body, self.all_locals)

    # ------------------------------------------------------------------
    # statements

    def block(self, stmts: list[n.Stmt]) -> list[ir.Stmt]:
        out: list[ir.Stmt] = []
        for s in stmts:
            self.stmt(s, out)
        return out

    def stmt(self, s: n.Stmt, out: list[ir.Stmt]) -> None:
        if isinstance(s, n.EmptyStmt):
            return
        if isinstance(s, n.ExprStmt):
            x = self.expr(s.x)
            out.append(ir.ExprStmt(x))
        elif isinstance(s, n.AssignStmt):
            self.assign(s, out)
        elif isinstance(s, n.IncDecStmt):
            _, t, _ = self.tv(s.x)
            dst = self.lvalue(s.x, out)
            one = ir.Const(t, 1)
            out.append(ir.Assign(dst, self.arith("+" if s.op == "++" else "-", t, self.reread(dst), one)))
        elif isinstance(s, n.BlockStmt):
            out.append(ir.Block(self.block(s.stmts)))
        elif isinstance(s, n.IfStmt):
            inner: list[ir.Stmt] = []
            if s.init is not None:
                self.stmt(s.init, inner)
            cond = self.cond(s.cond)
            then = self.block(s.then.stmts)
            els: list[ir.Stmt] = []
            if s.else_ is not None:
                self.stmt(s.else_, els)
            inner.append(ir.If(cond, then, els))
            out.append(ir.Block(inner))
        elif isinstance(s, n.ForStmt):
            inner = []
            if s.init is not None:
                self.stmt(s.init, inner)
            label = self.new_label()
            loop_cond = self.cond(s.cond) if s.cond is not None else None
            self.push_label(("loop", label))
            body = self.block(s.body.stmts)
            self.labels.pop()
            post: list[ir.Stmt] = []
            if s.post is not None:
                self.stmt(s.post, post)
            inner.append(ir.Loop(loop_cond, body, post, label))
            out.append(ir.Block(inner))
        elif isinstance(s, n.RangeStmt):
            self.range_stmt(s, out)
        elif isinstance(s, n.SwitchStmt):
            self.switch_stmt(s, out)
        elif isinstance(s, n.TypeSwitchStmt):
            self.type_switch_stmt(s, out)
        elif isinstance(s, n.ReturnStmt):
            self.return_stmt(s, out)
        elif isinstance(s, n.BranchStmt):
            name = s.label.value if s.label is not None else None
            if s.tok == "break":
                out.append(ir.Break(self.named[name] if name is not None else self.labels[-1][1]))
            elif s.tok == "continue":
                loops = [lb for kind, lb in self.labels if kind == "loop"]
                out.append(ir.Continue(self.named[name] if name is not None else loops[-1]))
            elif s.tok == "goto":
                assert name is not None
                out.append(ir.Goto(self.goto_id(name)))
            else:
                target = self.fallthrough_to[-1] if self.fallthrough_to else None
                assert target is not None, "fallthrough placement is checked by the parser"
                out.append(ir.Goto(target))
        elif isinstance(s, n.LabeledStmt):
            out.append(ir.Label(self.goto_id(s.label.value)))
            if isinstance(s.stmt, (n.ForStmt, n.RangeStmt, n.SwitchStmt, n.TypeSwitchStmt, n.SelectStmt)):
                self.pending_name = s.label.value
            self.stmt(s.stmt, out)
            self.pending_name = None
        elif isinstance(s, n.DeclStmt):
            for d in s.decls:
                self.local_decl(d, out)
        else:
            raise self.unsupported(s, type(s).__name__)

    def push_label(self, entry: tuple[str, int]) -> None:
        self.labels.append(entry)
        if self.pending_name is not None:
            self.named[self.pending_name] = entry[1]
            self.pending_name = None

    def goto_id(self, name: str) -> int:
        if name not in self.goto_ids:
            self.goto_ids[name] = self.new_label()
        return self.goto_ids[name]

    def new_label(self) -> int:
        self.next_label += 1
        return self.next_label

    def local_decl(self, d: n.Decl, out: list[ir.Stmt]) -> None:
        if isinstance(d, n.VarDecl):
            vs = [self.info.defs[name] for name in d.names]
            if not d.values:
                for v in vs:
                    assert isinstance(v, Var)
                    if v.name == "_":
                        continue
                    loc = self.local_for(v)
                    out.append(ir.Assign(ir.LocalRef(v.type, loc), zero_value(v.type)))
                return
            dsts: list[ir.Expr | None] = []
            for v in vs:
                assert isinstance(v, Var)
                dsts.append(None if v.name == "_" else ir.LocalRef(v.type, self.local_for(v)))
            self.assign_values(dsts, [v.type for v in vs if isinstance(v, Var)], d.values, out)
        # const and type declarations produce no code

    def assign(self, s: n.AssignStmt, out: list[ir.Stmt]) -> None:
        if s.op not in ("=", ":="):
            fake = self.pb.op_assign.get(s)
            if fake is None:
                raise self.unsupported(s, "assignment operation")
            dst = self.lvalue(s.lhs[0], out)
            _, t, _ = self.tv(fake)
            rhs = self.binary_with(fake, self.reread(dst))
            out.append(ir.Assign(dst, rhs))
            return
        dsts: list[ir.Expr | None] = []
        types: list[Type] = []
        for e in s.lhs:
            if isinstance(e, n.Name) and e.value == "_":
                dsts.append(None)
                types.append(INVALID)
                continue
            if s.op == ":=" and isinstance(e, n.Name):
                obj = self.info.defs.get(e) or self.info.uses.get(e)
                assert isinstance(obj, Var)
                dsts.append(ir.LocalRef(obj.type, self.local_for(obj)))
                types.append(obj.type)
                continue
            _, t, _ = self.tv(e)
            dsts.append(self.lvalue(e, out))
            types.append(t)
        self.assign_values(dsts, types, s.rhs, out)

    def assign_values(self, dsts: list[ir.Expr | None], types: list[Type], rhs: list[n.Expr], out: list[ir.Stmt]) -> None:
        if len(rhs) == 1 and len(dsts) > 1:
            e = rhs[0]
            mode, t, _ = self.tv(e)
            if mode == Mode.COMMAOK:
                val, ok = self.comma_ok(e, out)
                pairs = [(dsts[0], types[0], val), (dsts[1], types[1], ok)]
                for d, dt, v in pairs:
                    if d is not None:
                        out.append(ir.Assign(d, self.convert(v, dt)))
                return
            call = self.expr(e)
            assert isinstance(call, ir.Call) and isinstance(call.type, Tuple)
            # results go to temps first, then are converted to the destinations' types
            temps: list[ir.Expr | None] = []
            for d, rv in zip(dsts, call.type.vars, strict=True):
                temps.append(None if d is None else ir.LocalRef(rv.type, self.new_local("~r", rv.type)))
            out.append(ir.AssignCall(temps, call))
            for d, dt, tmp in zip(dsts, types, temps, strict=True):
                if d is not None and tmp is not None:
                    out.append(ir.Assign(d, self.convert(tmp, dt)))
            return
        if len(dsts) == 1:
            src = self.expr(rhs[0])
            d = dsts[0]
            if d is None:
                out.append(ir.ExprStmt(src))
            else:
                out.append(ir.Assign(d, self.convert(src, types[0])))
            return
        # parallel assignment: evaluate every right-hand side first
        vals = []
        for e, dt in zip(rhs, types, strict=True):
            v = self.expr(e)
            if dt is not INVALID:
                v = self.convert(v, dt)
            vals.append(self.temp(v.type, out, v))
        for d, v in zip(dsts, vals, strict=True):
            if d is not None:
                out.append(ir.Assign(d, v))

    def reread(self, dst: ir.Expr) -> ir.Expr:
        """The current value of an lvalue expression."""
        if isinstance(dst, ir.Load):
            return ir.Load(dst.type, dst.addr)
        return dst

    def lvalue(self, e: n.Expr, out: list[ir.Stmt]) -> ir.Expr:
        while isinstance(e, n.ParenExpr):
            e = e.x
        if isinstance(e, n.Name):
            obj = self.info.uses.get(e) or self.info.defs.get(e)
            if isinstance(obj, Var):
                return self.var_ref(obj)
            raise self.unsupported(e, "assignment target")
        if isinstance(e, n.StarExpr):
            p = self.expr(e.x)
            paddr = self.temp(p.type, out, p, "~p")
            _, t, _ = self.tv(e)
            return ir.Load(t, paddr)
        if isinstance(e, n.IndexExpr):
            iaddr = self.index_addr(e, out)
            _, t, _ = self.tv(e)
            return ir.Load(t, iaddr)
        if isinstance(e, n.SelectorExpr):
            obj = self.info.uses.get(e.sel)
            if isinstance(obj, Var):
                return self.var_ref(obj)
        raise self.unsupported(e, "assignment target")

    def var_ref(self, v: Var) -> ir.Expr:
        if v.is_global:
            self.pb.use_global(v)
            return ir.GlobalRef(v.type, v.qualified())
        return ir.LocalRef(v.type, self.local_for(v))

    def return_stmt(self, s: n.ReturnStmt, out: list[ir.Stmt]) -> None:
        if not s.results:
            out.append(ir.Return([]))
            return
        res = self.result_locals
        if len(s.results) == 1 and len(res) > 1:
            call = self.expr(s.results[0])
            assert isinstance(call, ir.Call) and isinstance(call.type, Tuple)
            temps: list[ir.Expr | None] = [ir.LocalRef(v.type, self.new_local("~r", v.type)) for v in call.type.vars]
            out.append(ir.AssignCall(temps, call))
            vals = [self.convert(t, r.type) for t, r in zip(temps, res, strict=True) if t is not None]
            out.append(ir.Return(vals))
            return
        vals2 = [self.convert(self.expr(e), r.type) for e, r in zip(s.results, res, strict=True)]
        if len(vals2) > 1:
            vals2 = [self.temp(v.type, out, v) for v in vals2]
        out.append(ir.Return(vals2))

    def range_stmt(self, s: n.RangeStmt, out: list[ir.Stmt]) -> None:
        _, xt, _ = self.tv(s.x)
        inner: list[ir.Stmt] = []
        label = self.new_label()
        xu = xt.underlying()

        def target(e: n.Expr | None) -> ir.Expr | None:
            if e is None or isinstance(e, n.Name) and e.value == "_":
                return None
            if s.define:
                assert isinstance(e, n.Name)
                v = self.info.defs[e]
                assert isinstance(v, Var)
                return ir.LocalRef(v.type, self.local_for(v))
            return self.lvalue(e, inner)

        key = target(s.key)
        val = target(s.value)
        if isinstance(xu, Basic) and xu.is_integer():
            t = final_type(xt)
            limit = self.temp(t, inner, self.convert(self.expr(s.x), t), "~n")
            i = ir.LocalRef(t, self.new_local("~i", t))
            inner.append(ir.Assign(i, ir.Const(t, 0)))
            body: list[ir.Stmt] = []
            if key is not None:
                body.append(ir.Assign(key, i))
            self.push_label(("loop", label))
            body.extend(self.block(s.body.stmts))
            self.labels.pop()
            cond = ir.Binary(BOOL, "<", i, limit, t)
            post: list[ir.Stmt] = [ir.Assign(i, ir.Binary(t, "+", i, ir.Const(t, 1), t))]
            inner.append(ir.Loop(cond, body, post, label))
        elif isinstance(xu, Slice):
            sl = self.temp(xt, inner, self.expr(s.x), "~s")
            length = self.temp(INT, inner, ir.Part(INT, sl, 1), "~n")
            i = ir.LocalRef(INT, self.new_local("~i", INT))
            inner.append(ir.Assign(i, ir.Const(INT, 0)))
            body = []
            if key is not None:
                body.append(ir.Assign(key, i))
            if val is not None:
                esize = sizeof(xu.elem)
                addr = ir.PtrAdd(Pointer(xu.elem), ir.Part(Pointer(xu.elem), sl, 0), ir.Binary(INT, "*", i, ir.Const(INT, esize), INT))
                body.append(ir.Assign(val, self.convert(ir.Load(xu.elem, addr), val.type)))
            self.push_label(("loop", label))
            body.extend(self.block(s.body.stmts))
            self.labels.pop()
            cond = ir.Binary(BOOL, "<", i, length, INT)
            post = [ir.Assign(i, ir.Binary(INT, "+", i, ir.Const(INT, 1), INT))]
            inner.append(ir.Loop(cond, body, post, label))
        elif isinstance(xu, Basic) and xu.is_string():
            st = self.temp(u.STRING, inner, self.convert(self.expr(s.x), u.STRING), "~s")
            length = self.temp(INT, inner, ir.Part(INT, st, 1), "~n")
            i = ir.LocalRef(INT, self.new_local("~i", INT))
            nxt = ir.LocalRef(INT, self.new_local("~next", INT))
            r = ir.LocalRef(u.RUNE, self.new_local("~rune", u.RUNE))
            inner.append(ir.Assign(i, ir.Const(INT, 0)))
            body = [ir.AssignCall([r, nxt], ir.Call(Tuple([Var("", u.RUNE, None), Var("", INT, None)]),
                                                    "runtime.decoderune", [st, i]))]
            if key is not None:
                body.append(ir.Assign(key, i))
            if val is not None:
                body.append(ir.Assign(val, r))
            self.push_label(("loop", label))
            body.extend(self.block(s.body.stmts))
            self.labels.pop()
            cond = ir.Binary(BOOL, "<", i, length, INT)
            post = [ir.Assign(i, nxt)]
            inner.append(ir.Loop(cond, body, post, label))
        else:
            raise self.unsupported(s.x, f"range over {xt}")
        out.append(ir.Block(inner))

    def switch_stmt(self, s: n.SwitchStmt, out: list[ir.Stmt]) -> None:
        inner: list[ir.Stmt] = []
        if s.init is not None:
            self.stmt(s.init, inner)
        tag: ir.Expr | None = None
        tag_t: Type = BOOL
        if s.tag is not None:
            tv = self.info.types[s.tag]
            tag_t = final_type(tv.type)
            tag = self.temp(tag_t, inner, self.convert(self.expr(s.tag), tag_t), "~tag")
        label = self.new_label()
        self.push_label(("switch", label))
        chain: list[ir.Stmt] = []
        default_body: list[ir.Stmt] | None = None
        clauses: list[tuple[ir.Expr, list[ir.Stmt]]] = []
        body_labels = [self.new_label() for _ in s.cases] + [None]
        for ci, c in enumerate(s.cases):
            self.fallthrough_to.append(body_labels[ci + 1])
            start = body_labels[ci]
            assert start is not None
            body = [ir.Label(start)] + self.block(c.body) + [ir.Break(label)]
            self.fallthrough_to.pop()
            if c.exprs is None:
                default_body = body
                continue
            cond: ir.Expr | None = None
            for e in c.exprs:
                if tag is None:
                    one = self.cond(e)
                else:
                    v = self.expr(e)
                    one = self.compare("==", tag, self.convert(v, tag_t), tag_t)
                cond = one if cond is None else ir.Binary(BOOL, "||", cond, one, BOOL)
            assert cond is not None
            clauses.append((cond, body))
        self.labels.pop()
        tail: list[ir.Stmt] = default_body if default_body is not None else []
        for cond, body in reversed(clauses):
            tail = [ir.If(cond, body, tail)]
        chain.extend(tail)
        inner.append(ir.Breakable(chain, label))
        out.append(ir.Block(inner))

    def type_switch_stmt(self, s: n.TypeSwitchStmt, out: list[ir.Stmt]) -> None:
        inner: list[ir.Stmt] = []
        if s.init is not None:
            self.stmt(s.init, inner)
        _, xt, _ = self.tv(s.x)
        x = self.temp(xt, inner, self.expr(s.x), "~x")
        typ = self.temp(UPTR, inner, ir.Part(UPTR, x, 0), "~typ")
        label = self.new_label()
        self.push_label(("switch", label))
        clauses: list[tuple[ir.Expr, list[ir.Stmt]]] = []
        default_body: list[ir.Stmt] | None = None
        for c in s.cases:
            pre: list[ir.Stmt] = []
            v = self.info.implicits.get(c)
            if v is not None and v.used:
                loc = self.local_for(v)
                vt = v.type
                if c.exprs is not None and len(c.exprs) == 1 and not isinstance(vt.underlying(), Interface):
                    pre.append(ir.Assign(ir.LocalRef(vt, loc), self.unbox(x, vt)))
                else:
                    pre.append(ir.Assign(ir.LocalRef(vt, loc), x))
            body = pre + self.block(c.body) + [ir.Break(label)]
            if c.exprs is None:
                default_body = body
                continue
            cond: ir.Expr | None = None
            for e in c.exprs:
                tv = self.info.types[e]
                if isinstance(tv.type, Basic) and tv.type.kind == Kind.UNTYPED_NIL:
                    one: ir.Expr = ir.Binary(BOOL, "==", typ, ir.Nil(UPTR), UPTR)
                elif isinstance(tv.type.underlying(), Interface):
                    raise self.unsupported(e, "interface types in type switches")
                else:
                    one = ir.Binary(BOOL, "==", typ, ir.TypeAddr(UPTR, tv.type), UPTR)
                    self.pb.need_type(tv.type)
                cond = one if cond is None else ir.Binary(BOOL, "||", cond, one, BOOL)
            assert cond is not None
            clauses.append((cond, body))
        self.labels.pop()
        tail: list[ir.Stmt] = default_body if default_body is not None else []
        for cond, body in reversed(clauses):
            tail = [ir.If(cond, body, tail)]
        inner.append(ir.Breakable(tail, label))
        out.append(ir.Block(inner))

    def unbox(self, x: ir.Expr, t: Type) -> ir.Expr:
        data = ir.Part(UPTR, x, 1)
        if is_direct_iface(t):
            return ir.Convert(t, data)
        return ir.Load(t, ir.Convert(Pointer(t), data))

    # ------------------------------------------------------------------
    # expressions

    def cond(self, e: n.Expr) -> ir.Expr:
        return self.convert(self.expr(e), BOOL)

    def expr(self, e: n.Expr) -> ir.Expr:
        tv = self.info.types.get(e)
        if tv is not None and tv.mode == Mode.CONSTANT and tv.val is not None:
            t = final_type(tv.type)
            return ir.Const(t, tv.val)
        if isinstance(e, n.ParenExpr):
            return self.expr(e.x)
        if isinstance(e, n.Name):
            obj = self.info.uses.get(e)
            if isinstance(obj, Var):
                return self.var_ref(obj)
            if isinstance(obj, Func):
                raise self.unsupported(e, "function values")
            if tv is not None and isinstance(tv.type, Basic) and tv.type.kind == Kind.UNTYPED_NIL:
                return ir.Nil(UPTR)
            if obj is not None and obj.name == "nil":
                return ir.Nil(tv.type if tv is not None and not is_untyped(tv.type) else UPTR)
            raise self.unsupported(e, f"use of {e.value}")
        assert tv is not None
        t = final_type(tv.type)
        if isinstance(e, n.UnaryExpr):
            if e.op == "&":
                inner = e.x
                while isinstance(inner, n.ParenExpr):
                    inner = inner.x
                if isinstance(inner, n.Name):
                    obj = self.info.uses.get(inner)
                    if isinstance(obj, Var):
                        ref = self.var_ref(obj)
                        if isinstance(ref, ir.LocalRef):
                            ref.local.addr_taken = True
                        return ir.AddrOf(t, ref)
                if isinstance(inner, n.StarExpr):
                    return self.expr(inner.x)
                if isinstance(inner, n.IndexExpr):
                    pre: list[ir.Stmt] = []
                    addr = self.index_addr(inner, pre)
                    return ir.Seq(t, pre, ir.Convert(t, addr)) if pre else ir.Convert(t, addr)
                raise self.unsupported(e, "taking this address")
            x = self.expr(e.x)
            if e.op == "+":
                return self.convert(x, t)
            return self.fix_width(ir.Unary(t, e.op, self.convert(x, t)))
        if isinstance(e, n.BinaryExpr):
            return self.binary_with(e, None)
        if isinstance(e, n.CallExpr):
            return self.call(e, t)
        if isinstance(e, n.SelectorExpr):
            obj = self.info.uses.get(e.sel)
            if isinstance(obj, Var):
                return self.var_ref(obj)
            raise self.unsupported(e, "selector expressions")
        if isinstance(e, n.StarExpr):
            p = self.expr(e.x)
            return ir.Load(t, p)
        if isinstance(e, n.IndexExpr):
            pre2: list[ir.Stmt] = []
            _, xt, _ = self.tv(e.x)
            xu = xt.underlying()
            if isinstance(xu, Basic) and xu.is_string():
                addr = self.index_addr(e, pre2)
                return ir.Seq(t, pre2, ir.Load(u.BYTE, addr))
            addr = self.index_addr(e, pre2)
            return ir.Seq(t, pre2, ir.Load(t, addr))
        if isinstance(e, n.SliceExpr):
            return self.slice_expr(e, t)
        if isinstance(e, n.AssertExpr):
            pre3: list[ir.Stmt] = []
            val, _ = self.comma_ok(e, pre3, panics=True)
            return ir.Seq(t, pre3, val)
        raise self.unsupported(e, type(e).__name__)

    def fix_width(self, x: ir.Expr) -> ir.Expr:
        return x  # the SSA builder normalises sub-word integer results

    def arith(self, op: str, t: Type, x: ir.Expr, y: ir.Expr) -> ir.Expr:
        tu = t.underlying()
        if isinstance(tu, Basic) and tu.is_string() and op == "+":
            return ir.Call(t, "runtime.concatstring2", [x, y])
        if isinstance(tu, Basic) and (tu.is_float() or tu.is_complex()):
            raise Unsupported(self.filename, n.NOPOS, "pogo: floating-point arithmetic not supported yet")
        return ir.Binary(t, op, x, y, t)

    def binary_with(self, e: n.BinaryExpr, left: ir.Expr | None) -> ir.Expr:
        tv = self.info.types[e]
        t = final_type(tv.type)
        xtv = self.info.types.get(e.x)
        ytv = self.info.types.get(e.y)
        assert xtv is not None and ytv is not None
        xt, yt = final_type(xtv.type), final_type(ytv.type)
        x = left if left is not None else self.expr(e.x)
        if e.op in ("&&", "||"):
            return ir.Binary(BOOL if is_untyped(tv.type) else t, e.op, self.convert(x, t), self.convert(self.expr(e.y), t), t)
        y = self.expr(e.y)
        if e.op in ("==", "!=", "<", "<=", ">", ">="):
            ot = xt if not isinstance(xt, Basic) or xt.kind != Kind.UNSAFE_POINTER or is_untyped(xtv.type) is False else yt
            if isinstance(xtv.type, Basic) and xtv.type.kind == Kind.UNTYPED_NIL:
                ot = yt
            return self.compare(e.op, self.convert(x, ot), self.convert(y, ot), ot)
        if e.op in ("<<", ">>"):
            return ir.Binary(t, e.op, self.convert(x, t), y, yt)
        return self.arith(e.op, t, self.convert(x, t), self.convert(y, t))

    def compare(self, op: str, x: ir.Expr, y: ir.Expr, t: Type) -> ir.Expr:
        tu = t.underlying()
        if isinstance(tu, Basic) and tu.is_string():
            if op in ("==", "!="):
                eq = ir.Call(BOOL, "runtime.eqstring", [x, y])
                return eq if op == "==" else ir.Unary(BOOL, "!", eq)
            c = ir.Call(INT, "runtime.cmpstring", [x, y])
            return ir.Binary(BOOL, op, c, ir.Const(INT, 0), INT)
        if isinstance(tu, Interface):
            if isinstance(y, ir.Nil) or isinstance(x, ir.Nil):
                other = x if isinstance(y, ir.Nil) else y
                return ir.Binary(BOOL, op, ir.Part(UPTR, other, 0), ir.Nil(UPTR), UPTR)
            eq = ir.Call(BOOL, "runtime.efaceeq", [x, y])
            return eq if op == "==" else ir.Unary(BOOL, "!", eq)
        if isinstance(tu, Slice):
            other = x if isinstance(y, ir.Nil) else y
            return ir.Binary(BOOL, op, ir.Part(UPTR, other, 0), ir.Nil(UPTR), UPTR)
        if isinstance(tu, Basic) and (tu.is_float() or tu.is_complex()):
            raise Unsupported(self.filename, n.NOPOS, "pogo: floating-point comparison not supported yet")
        return ir.Binary(BOOL, op, x, y, t)

    def convert(self, x: ir.Expr, t: Type) -> ir.Expr:
        """Implicit or explicit value conversion of x to type t."""
        if t is INVALID:
            return x
        src = x.type
        if identical(src, t):
            return x
        tu, su = t.underlying(), src.underlying()
        if isinstance(tu, Interface):
            if isinstance(su, Interface):
                return self.retype(x, t)
            if isinstance(x, ir.Nil):
                return ir.Nil(t)
            return self.box(x, t)
        if isinstance(x, ir.Const) and isinstance(tu, Basic):
            return ir.Const(t, x.value)
        if isinstance(x, ir.Nil):
            return ir.Nil(t)
        if isinstance(tu, Basic) and isinstance(su, Basic):
            if tu.is_string() and su.is_integer():
                return ir.Call(t, "runtime.intstring", [ir.Convert(u.INT64, x)])
            if tu.is_string() and su.is_string():
                return self.retype(x, t)
            if tu.is_float() or su.is_float() or tu.is_complex() or su.is_complex():
                raise Unsupported(self.filename, n.NOPOS, "pogo: floating-point conversions not supported yet")
            return ir.Convert(t, x)
        if isinstance(tu, Basic) and tu.is_string() and isinstance(su, Slice):
            el = su.elem.underlying()
            if isinstance(el, Basic) and el.kind == Kind.UINT8:
                return ir.Call(t, "runtime.slicebytetostring", [ir.Part(UPTR, x, 0), ir.Part(INT, x, 1)])
            raise Unsupported(self.filename, n.NOPOS, "pogo: string([]rune) not supported yet")
        if isinstance(su, Basic) and su.is_string() and isinstance(tu, Slice):
            el = tu.elem.underlying()
            if isinstance(el, Basic) and el.kind == Kind.UINT8:
                return ir.Call(t, "runtime.stringtoslicebyte", [x])
            raise Unsupported(self.filename, n.NOPOS, "pogo: []rune(string) not supported yet")
        return self.retype(x, t)

    def retype(self, x: ir.Expr, t: Type) -> ir.Expr:
        from pogo.compile.types.types import words

        if words(t) == 1:
            return ir.Convert(t, x)
        k = words(t)
        tmp: list[ir.Stmt] = []
        ref = self.temp(x.type, tmp, x)
        return ir.Seq(t, tmp, ir.Make(t, [ir.Part(UPTR if i == 0 else INT, ref, i) for i in range(k)]))

    def box(self, x: ir.Expr, iface: Type) -> ir.Expr:
        t = x.type
        if is_untyped(t):
            t = final_type(t)
            x = self.convert(x, t)
        self.pb.need_type(t)
        desc = ir.TypeAddr(UPTR, t)
        if is_direct_iface(t):
            return ir.Make(iface, [desc, ir.Convert(UPTR, x)])
        pre: list[ir.Stmt] = []
        p = self.temp(Pointer(t), pre, ir.Convert(Pointer(t), ir.Call(UPTR, "runtime.newobject", [ir.TypeAddr(UPTR, t)])), "~box")
        pre.append(ir.Assign(ir.Load(t, p), x))
        return ir.Seq(iface, pre, ir.Make(iface, [desc, ir.Convert(UPTR, p)]))

    def comma_ok(self, e: n.Expr, out: list[ir.Stmt], panics: bool = False) -> tuple[ir.Expr, ir.Expr]:
        while isinstance(e, n.ParenExpr):
            e = e.x
        if not isinstance(e, n.AssertExpr) or e.type is None:
            raise self.unsupported(e, "comma-ok expression")
        t = self.info.types[e.type].type
        if isinstance(t.underlying(), Interface):
            raise self.unsupported(e, "assertion to interface type")
        self.pb.need_type(t)
        x = self.temp(self.info.types[e.x].type, out, self.expr(e.x), "~x")
        ok = self.temp(BOOL, out, ir.Binary(BOOL, "==", ir.Part(UPTR, x, 0), ir.TypeAddr(UPTR, t), UPTR), "~ok")
        val = ir.LocalRef(t, self.new_local("~v", t))
        fail: list[ir.Stmt] = [ir.Assign(val, zero_value(t))]
        if panics:
            _, xt, _ = self.tv(e.x)
            fail = [ir.ExprStmt(ir.Call(Tuple([]), "runtime.panicdottypeE",
                                        [ir.Part(UPTR, x, 0), ir.TypeAddr(UPTR, t), ir.TypeAddr(UPTR, xt)], noreturn=True))]
            self.pb.need_type(xt)
        out.append(ir.If(ok, [ir.Assign(val, self.unbox(x, t))], fail))
        return val, ok

    def index_addr(self, e: n.IndexExpr, out: list[ir.Stmt]) -> ir.Expr:
        _, xt, _ = self.tv(e.x)
        xu = xt.underlying()
        idx = self.temp(INT, out, self.convert(self.expr(e.index[0]), INT), "~i")
        if isinstance(xu, Basic) and xu.is_string():
            s = self.temp(u.STRING, out, self.convert(self.expr(e.x), u.STRING), "~s")
            self.bounds(idx, ir.Part(INT, s, 1), out)
            return ir.PtrAdd(Pointer(u.BYTE), ir.Part(UPTR, s, 0), idx)
        if isinstance(xu, Slice):
            sl = self.temp(xt, out, self.expr(e.x), "~s")
            self.bounds(idx, ir.Part(INT, sl, 1), out)
            es = sizeof(xu.elem)
            return ir.PtrAdd(Pointer(xu.elem), ir.Part(UPTR, sl, 0), ir.Binary(INT, "*", idx, ir.Const(INT, es), INT))
        raise self.unsupported(e, f"indexing {xt}")

    def bounds(self, idx: ir.Expr, length: ir.Expr, out: list[ir.Stmt]) -> None:
        ln = self.temp(INT, out, length, "~len")
        bad = ir.Binary(BOOL, ">=", ir.Convert(u.UINT, idx), ir.Convert(u.UINT, ln), u.UINT)
        out.append(ir.If(bad, [ir.ExprStmt(ir.Call(Tuple([]), "runtime.panicIndex", [idx, ln], noreturn=True))], []))

    def slice_expr(self, e: n.SliceExpr, t: Type) -> ir.Expr:
        out: list[ir.Stmt] = []
        _, xt, _ = self.tv(e.x)
        xu = xt.underlying()
        if isinstance(xu, Basic) and xu.is_string():
            s = self.temp(u.STRING, out, self.convert(self.expr(e.x), u.STRING), "~s")
            ln = self.temp(INT, out, ir.Part(INT, s, 1), "~len")
            lo = self.temp(INT, out, self.convert(self.expr(e.lo), INT) if e.lo else ir.Const(INT, 0), "~lo")
            hi = self.temp(INT, out, self.convert(self.expr(e.hi), INT) if e.hi else ln, "~hi")
            out.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.checkSlice", [lo, hi, ln])))
            ptr = ir.PtrAdd(UPTR, ir.Part(UPTR, s, 0), lo)
            return ir.Seq(t, out, ir.Make(t, [ptr, ir.Binary(INT, "-", hi, lo, INT)]))
        if isinstance(xu, Slice):
            s = self.temp(xt, out, self.expr(e.x), "~s")
            cap = self.temp(INT, out, ir.Part(INT, s, 2), "~cap")
            lo = self.temp(INT, out, self.convert(self.expr(e.lo), INT) if e.lo else ir.Const(INT, 0), "~lo")
            hi = self.temp(INT, out, self.convert(self.expr(e.hi), INT) if e.hi else ir.Part(INT, s, 1), "~hi")
            mx = self.temp(INT, out, self.convert(self.expr(e.max), INT) if e.max else cap, "~max")
            out.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.checkSlice3", [lo, hi, mx, cap])))
            es = sizeof(xu.elem)
            ptr = ir.PtrAdd(UPTR, ir.Part(UPTR, s, 0), ir.Binary(INT, "*", lo, ir.Const(INT, es), INT))
            return ir.Seq(t, out, ir.Make(t, [ptr, ir.Binary(INT, "-", hi, lo, INT), ir.Binary(INT, "-", mx, lo, INT)]))
        raise self.unsupported(e, f"slicing {xt}")

    # ------------------------------------------------------------------
    # calls

    def call(self, e: n.CallExpr, t: Type) -> ir.Expr:
        ftv = self.info.types.get(e.fun)
        fun = e.fun
        while isinstance(fun, n.ParenExpr):
            fun = fun.x
        if ftv is not None and ftv.mode == Mode.TYPEXPR:
            return self.convert(self.expr(e.args[0]), ftv.type)
        obj: Object | None = None
        if isinstance(fun, n.Name):
            obj = self.info.uses.get(fun)
        elif isinstance(fun, n.SelectorExpr):
            obj = self.info.uses.get(fun.sel)
        if isinstance(obj, Builtin):
            return self.builtin(e, obj.name, t)
        if not isinstance(obj, Func):
            raise self.unsupported(e, "calls of function values")
        sig = obj.type
        assert isinstance(sig, Signature)
        args = self.call_args(e, sig)
        rt: Type = Tuple(sig.results) if len(sig.results) != 1 else sig.results[0].type
        return ir.Call(rt, self.pb.func_symbol(obj), args, e.pos)

    def call_args(self, e: n.CallExpr, sig: Signature) -> list[ir.Expr]:
        params = sig.params
        if len(e.args) == 1 and len(params) > 1 or (len(e.args) == 1 and isinstance(self.info.types[e.args[0]].type, Tuple)):
            inner = self.expr(e.args[0])
            if isinstance(inner, ir.Call) and isinstance(inner.type, Tuple):
                pre: list[ir.Stmt] = []
                temps: list[ir.Expr | None] = [ir.LocalRef(v.type, self.new_local("~a", v.type)) for v in inner.type.vars]
                pre.append(ir.AssignCall(temps, inner))
                vals = [tmp for tmp in temps if tmp is not None]
                if sig.variadic:
                    fixed = len(params) - 1
                    packed = self.pack_variadic(params[-1].type, vals[fixed:])
                    conv = [self.convert(v, p.type) for v, p in zip(vals[:fixed], params, strict=False)] + [packed]
                else:
                    conv = [self.convert(v, p.type) for v, p in zip(vals, params, strict=True)]
                first = conv[0]
                conv[0] = ir.Seq(first.type, pre, first)
                return conv
        args = [self.expr(a) for a in e.args]
        if sig.variadic and not e.has_dots:
            fixed = len(params) - 1
            out = [self.convert(a, p.type) for a, p in zip(args[:fixed], params, strict=False)]
            out.append(self.pack_variadic(params[-1].type, args[fixed:]))
            return out
        return [self.convert(a, p.type) for a, p in zip(args, params, strict=True)]

    def pack_variadic(self, st: Type, vals: list[ir.Expr]) -> ir.Expr:
        su = st.underlying()
        assert isinstance(su, Slice)
        if not vals:
            return ir.Nil(st)
        es = sizeof(su.elem)
        pre: list[ir.Stmt] = []
        self.pb.need_type(su.elem)
        p = self.temp(UPTR, pre, ir.Call(UPTR, "runtime.newarray", [ir.TypeAddr(UPTR, su.elem), ir.Const(INT, len(vals))]), "~va")
        for i, v in enumerate(vals):
            addr = ir.PtrAdd(Pointer(su.elem), p, ir.Const(INT, i * es))
            pre.append(ir.Assign(ir.Load(su.elem, addr), self.convert(v, su.elem)))
        return ir.Seq(st, pre, ir.Make(st, [p, ir.Const(INT, len(vals)), ir.Const(INT, len(vals))]))

    def builtin(self, e: n.CallExpr, name: str, t: Type) -> ir.Expr:
        args = e.args
        if name == "len" or name == "cap":
            _, at, _ = self.tv(args[0])
            x = self.expr(args[0])
            au = at.underlying()
            if isinstance(au, Basic) and au.is_string():
                return ir.Part(INT, self.convert(x, u.STRING), 1)
            if isinstance(au, Slice):
                return ir.Part(INT, x, 1 if name == "len" else 2)
            raise self.unsupported(e, f"{name} of {at}")
        if name in ("print", "println"):
            stmts: list[ir.Stmt] = []
            for i, a in enumerate(args):
                if i > 0 and name == "println":
                    stmts.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.printsp", [])))
                x = self.expr(a)
                stmts.append(ir.ExprStmt(self.print_call(a, x)))
            if name == "println":
                stmts.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.printnl", [])))
            return ir.Seq(Tuple([]), stmts, ir.Const(BOOL, False))
        if name == "panic":
            x = self.convert(self.expr(args[0]), u.ANY)
            return ir.Call(Tuple([]), "runtime.gopanic", [x], e.pos, noreturn=True)
        if name == "new":
            et = self.info.types[args[0]].type
            self.pb.need_type(et)
            return ir.Convert(t, ir.Call(UPTR, "runtime.newobject", [ir.TypeAddr(UPTR, et)]))
        if name == "make":
            st = self.info.types[args[0]].type
            su = st.underlying()
            assert isinstance(su, Slice)
            self.pb.need_type(su.elem)
            pre: list[ir.Stmt] = []
            ln = self.temp(INT, pre, self.convert(self.expr(args[1]), INT), "~len")
            cap = self.temp(INT, pre, self.convert(self.expr(args[2]), INT), "~cap") if len(args) > 2 else ln
            p = ir.Call(UPTR, "runtime.makeslice", [ir.TypeAddr(UPTR, su.elem), ln, cap])
            return ir.Seq(st, pre, ir.Make(st, [p, ln, cap]))
        if name == "append":
            return self.append(e, t)
        if name == "copy":
            _, dt, _ = self.tv(args[0])
            du = dt.underlying()
            assert isinstance(du, Slice)
            pre = []
            d = self.temp(dt, pre, self.expr(args[0]), "~d")
            sv = self.expr(args[1])
            s = self.temp(sv.type, pre, sv, "~s")
            call = ir.Call(INT, "runtime.slicecopy", [ir.Part(UPTR, d, 0), ir.Part(INT, d, 1), ir.Part(UPTR, s, 0),
                                                      ir.Part(INT, s, 1), ir.Const(INT, sizeof(du.elem))])
            return ir.Seq(INT, pre, call)
        if name == "Add":
            return ir.PtrAdd(UPTR, self.convert(self.expr(args[0]), UPTR), self.convert(self.expr(args[1]), INT))
        if name == "String":
            return ir.Make(u.STRING, [self.convert(self.expr(args[0]), UPTR), self.convert(self.expr(args[1]), INT)])
        if name == "StringData":
            return ir.Convert(t, ir.Part(UPTR, self.convert(self.expr(args[0]), u.STRING), 0))
        if name == "Slice":
            pre = []
            ln = self.temp(INT, pre, self.convert(self.expr(args[1]), INT), "~len")
            return ir.Seq(t, pre, ir.Make(t, [self.convert(self.expr(args[0]), UPTR), ln, ln]))
        if name == "SliceData":
            return ir.Convert(t, ir.Part(UPTR, self.expr(args[0]), 0))
        raise self.unsupported(e, f"built-in {name}")

    def print_call(self, a: n.Expr, x: ir.Expr) -> ir.Expr:
        t = x.type.underlying()
        if isinstance(t, Basic):
            if t.is_string():
                return ir.Call(Tuple([]), "runtime.printstring", [x])
            if t.is_boolean():
                return ir.Call(Tuple([]), "runtime.printbool", [x])
            if t.is_unsigned():
                return ir.Call(Tuple([]), "runtime.printuint", [ir.Convert(u.UINT64, x)])
            if t.is_integer():
                return ir.Call(Tuple([]), "runtime.printint", [ir.Convert(u.INT64, x)])
            if t.kind == Kind.UNSAFE_POINTER:
                return ir.Call(Tuple([]), "runtime.printpointer", [x])
        if isinstance(t, Pointer):
            return ir.Call(Tuple([]), "runtime.printpointer", [ir.Convert(UPTR, x)])
        raise self.unsupported(a, f"print of {x.type}")

    def append(self, e: n.CallExpr, t: Type) -> ir.Expr:
        su = t.underlying()
        assert isinstance(su, Slice)
        es = sizeof(su.elem)
        self.pb.need_type(su.elem)
        pre: list[ir.Stmt] = []
        s = self.temp(t, pre, self.convert(self.expr(e.args[0]), t), "~s")
        if e.has_dots:
            other = self.expr(e.args[1])
            o = self.temp(other.type, pre, other, "~o")
            count: ir.Expr = self.temp(INT, pre, ir.Part(INT, o, 1), "~n")
            items: list[ir.Expr] = []
        else:
            items = [self.convert(self.expr(a), su.elem) for a in e.args[1:]]
            items = [self.temp(su.elem, pre, it, "~item") for it in items]
            count = ir.Const(INT, len(items))
        ptr = ir.LocalRef(UPTR, self.new_local("~ptr", UPTR))
        cap = ir.LocalRef(INT, self.new_local("~cap", INT))
        old = self.temp(INT, pre, ir.Part(INT, s, 1), "~oldlen")
        newlen = self.temp(INT, pre, ir.Binary(INT, "+", old, count, INT), "~newlen")
        pre.append(ir.Assign(ptr, ir.Part(UPTR, s, 0)))
        pre.append(ir.Assign(cap, ir.Part(INT, s, 2)))
        grow = ir.AssignCall([ptr, cap], ir.Call(Tuple([Var("", UPTR, None), Var("", INT, None)]), "runtime.growslice",
                                                 [ptr, old, cap, newlen, ir.TypeAddr(UPTR, su.elem)]))
        pre.append(ir.If(ir.Binary(BOOL, ">", ir.Convert(u.UINT, newlen), ir.Convert(u.UINT, cap), u.UINT), [grow], []))
        if e.has_dots:
            dst = ir.PtrAdd(UPTR, ptr, ir.Binary(INT, "*", old, ir.Const(INT, es), INT))
            pre.append(ir.ExprStmt(ir.Call(INT, "runtime.slicecopy", [dst, count, ir.Part(UPTR, o, 0), count, ir.Const(INT, es)])))
        else:
            for i, it in enumerate(items):
                off = ir.Binary(INT, "*", ir.Binary(INT, "+", old, ir.Const(INT, i), INT), ir.Const(INT, es), INT)
                pre.append(ir.Assign(ir.Load(su.elem, ir.PtrAdd(Pointer(su.elem), ptr, off)), it))
        return ir.Seq(t, pre, ir.Make(t, [ptr, newlen, cap]))


class PackageBuilder:
    def __init__(self, pkg: Package, info: Info, op_assign: dict[n.AssignStmt, n.BinaryExpr]) -> None:
        self.pkg = pkg
        self.info = info
        self.op_assign = op_assign
        self.types: dict[str, Type] = {}
        self.init_symbols: dict[Func, str] = {}

    def need_type(self, t: Type) -> None:
        from pogo.compile.ir.typesym import type_symbol

        self.types[type_symbol(t)] = t

    def use_global(self, v: Var) -> None:
        pass

    def func_symbol(self, f: Func) -> str:
        s = self.init_symbols.get(f)
        if s is not None:
            return s
        return f.symbol()

    def build(self) -> ir.Package:
        path = self.pkg.path
        for i, f in enumerate(self.info.inits):
            self.init_symbols[f] = f"{path}.init.{i}"
        funcs: list[ir.Func] = []
        for fi in self.info.funcs:
            fb = FuncBuilder(self, fi.file)
            funcs.append(fb.build(fi.obj, fi.decl, self.func_symbol(fi.obj)))
        for obj in self.pkg.scope.names.values():
            if isinstance(obj, Func) and not obj.has_body and obj.symbol() in INTRINSICS:
                funcs.append(ir.Func(obj.symbol(), obj.file, obj.pos, [], [], [], intrinsic=True))
        globals_ = [ir.Global(v.qualified(), v.type) for v in self.info.globals if v.name != "_"]
        # the package initialiser: variable initialisers in order, then init.0, init.1, ...
        init_sym = ""
        if self.info.init_order or self.info.inits:
            init_sym = f"{path}.init"
            fb = FuncBuilder(self, "")
            body: list[ir.Stmt] = []
            for entry in self.info.init_order:
                assert entry.rhs is not None
                fb.filename = entry.lhs[0].file
                dsts: list[ir.Expr | None] = [None if v.name == "_" else ir.GlobalRef(v.type, v.qualified()) for v in entry.lhs]
                fb.assign_values(dsts, [v.type for v in entry.lhs], [entry.rhs], body)
            for f in self.info.inits:
                body.append(ir.ExprStmt(ir.Call(Tuple([]), self.init_symbols[f], [])))
            funcs.append(ir.Func(init_sym, "", n.NOPOS, [], [], body, fb.all_locals))
        return ir.Package(path, funcs, globals_, init_sym, types=self.types)


__all__ = ["PackageBuilder", "Unsupported", "Const", "TypeName", "Named", "Array"]
