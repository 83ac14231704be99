"""Lowering the checked syntax tree to IR (gc's "walk", in spirit).

Reads the type checker's Info side tables and produces ir.Func bodies in which every
implicit operation is explicit: conversions to interfaces, variadic packing, string
operations as runtime calls, bounds checks, zero values, desugared statements.
"""

from __future__ import annotations

from pogo.compile.ir import complexops, concurrency, methexpr, minmax, order, rangefunc
from pogo.compile.ir import nodes as ir
from pogo.compile.ir.instantiate import SOURCES, Instances, is_generic
from pogo.compile.ir.intrinsics import INTRINSICS
from pogo.compile.ir.methods import (
    iface_method_index,
    method_base,
    method_set,
    method_symbol,
    needs_wrapper,
    recv_named,
)
from pogo.compile.ir.mtext import call_text, escape_text
from pogo.compile.ir.staticinit import StaticInit
from pogo.compile.syntax import nodes as n
from pogo.compile.types import universe as u
from pogo.compile.types.base import Info, Mode
from pogo.compile.types.builtins import field_offset, has_call_or_recv
from pogo.compile.types.lookup import Selection, lookup, ptr_recv
from pogo.compile.types.objects import Builtin, Const, Func, Object, Package, PkgName, TypeName, Var
from pogo.compile.types.types import (
    INVALID,
    Array,
    Basic,
    Chan,
    Interface,
    Kind,
    Map,
    Named,
    Pointer,
    Signature,
    Slice,
    Struct,
    Tuple,
    Type,
    alignof,
    identical,
    is_untyped,
    sizeof,
    type_string,
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
        self.sym = ""  # this function's link symbol (func literals are named after it)
        self.lit_count = 0  # function literals (gc's funcLitGen)
        self.wrap_count = 0  # go and defer thunks (gc's goDeferGen)
        self.range_count = 0  # range-over-func bodies
        self.fm_count = 0  # method values
        self.is_closure = False  # gc names literals inside a literal outer.1, not outer.func1
        self.parent: FuncBuilder | None = None
        self.span: tuple[str, n.Pos, n.Pos] | None = None  # a func literal's source extent
        self.captures: list[ir.Local] = []  # the enclosing function's locals, by capture index
        self.has_defer = False
        self.landing = 0  # label where a frame resumes after a recovered panic
        self.rangefunc: rangefunc.RangeFunc | None = None  # set in a range-over-func loop body
        self.hoisted: dict[n.Expr, ir.Expr] = {}  # operands evaluated early (see ir/order.py)
        self.hoisted_calls: dict[int, ir.Call] = {}  # id of such a temporary's reference -> the call
        self.cur_pos = n.NOPOS  # the statement being lowered (for errors without a node)
        self.origin: dict[int, tuple[n.Expr, ir.Expr]] = {}  # id of an expr() result -> its syntax
        self.ordered: set[n.Expr] = set()  # binary expressions whose operands were ordered

    # ------------------------------------------------------------------
    # helpers

    def unsupported(self, node: n.Node, what: str) -> Unsupported:
        return Unsupported(self.filename, node.pos, f"pogo: {what} not supported yet")

    def capture_cells(self, caps: list[ir.Local]) -> list[ir.LocalRef]:
        """This thunk's locals for the enclosing function's cells caps, captured in order."""
        refs = []
        for i, c in enumerate(caps):
            loc = self.new_local(c.name, c.type)
            loc.addr_taken = True
            loc.capture_index = i
            self.captures.append(c)
            refs.append(ir.LocalRef(loc.type, loc))
        return refs

    def new_local(self, name: str, t: Type) -> ir.Local:
        loc = ir.Local(name, t, len(self.all_locals))
        self.all_locals.append(loc)
        return loc

    def local_for(self, v: Var) -> ir.Local:
        loc = self.locals.get(v)
        if loc is None:
            if self.parent is not None and not self.owns(v):
                return self.capture(v)
            loc = self.new_local(v.name, v.type)
            loc.addr_taken = v.addr_taken
            loc.pos = v.pos
            self.locals[v] = loc
        return loc

    def owns(self, v: Var) -> bool:
        """Whether v is declared inside this function literal."""
        if self.span is None:
            return True
        file, start, end = self.span
        return v.file == file and (start.line, start.col) <= (v.pos.line, v.pos.col) <= (end.line, end.col)

    def capture(self, v: Var) -> ir.Local:
        """v belongs to an enclosing function: it lives in a heap cell there, and this
        closure holds a pointer to that cell."""
        assert self.parent is not None
        outer = self.parent.local_for(v)
        outer.addr_taken = True
        loc = self.new_local(v.name, v.type)
        loc.addr_taken = True
        loc.capture_index = len(self.captures)
        self.captures.append(outer)
        self.locals[v] = loc
        return loc

    def func_lit(self, e: n.FuncLit, t: Type) -> ir.Expr:
        sig = t.underlying()
        assert isinstance(sig, Signature)
        self.lit_count += 1
        sym = f"{self.sym}{'.' if self.is_closure else '.func'}{self.lit_count}"
        child = FuncBuilder(self.pb, self.filename)
        child.is_closure = True
        child.info = self.info
        child.parent = self
        child.sym = sym
        child.span = (self.filename, e.pos, e.body.rbrace)
        fn = child.build_body(sym, sig, e.body.stmts, e.pos)
        fn.name_pos = e.pos  # gc reports "can inline" of a literal at its "func"
        fn.closure_parent = self.sym
        self.pb.extra_funcs.append(fn)
        return self.closure_value(t, sym, child.captures)

    def closure_value(self, t: Type, sym: str, captures: list[ir.Local]) -> ir.Expr:
        if not captures:
            return ir.SymAddr(t, self.pb.funcval(sym))
        cells: list[ir.Expr] = [ir.AddrOf(UPTR, ir.LocalRef(c.type, c)) for c in captures]
        return ir.MakeClosure(t, sym, cells)

    def temp(self, t: Type, stmts: list[ir.Stmt], value: ir.Expr, name: str = "~t") -> ir.LocalRef:
        loc = self.new_local(name, t)
        ref = ir.LocalRef(t, loc)
        stmts.append(ir.Assign(ref, value))
        return ref

    def user_temp(self, value: ir.Expr, stmts: list[ir.Stmt], name: str = "~t") -> ir.LocalRef:
        """A temporary holding a value the source assigns or returns (a parallel
        assignment's or a multi-value return's operand): its assignment is a user one."""
        ref = self.temp(value.type, stmts, value, name)
        last = stmts[-1]
        assert isinstance(last, ir.Assign)
        last.user = True
        return ref

    def tv(self, e: n.Expr) -> tuple[Mode, Type, object]:
        tv = self.info.types.get(e)
        if tv is None:
            raise self.unsupported(e, "expression without type information")
        return tv.mode, tv.type, tv.val

    def generic_ref(self, e: n.Expr) -> tuple[n.Name, Func] | None:
        """The name and the generic function that e (f, pkg.f, f[T], pkg.f[T]) instantiates."""
        while isinstance(e, (n.ParenExpr, n.IndexExpr)):
            e = e.x
        name = e.sel if isinstance(e, n.SelectorExpr) else e
        if not isinstance(name, n.Name) or name not in self.info.instances:
            return None
        obj = self.info.uses.get(name)
        return (name, obj) if isinstance(obj, Func) else None

    def generic_selector(self, e: n.Expr) -> n.SelectorExpr | None:
        """x.m in x.m, x.m[T] or (x.m)[T] when it selects a generic method of a value x."""
        while isinstance(e, (n.ParenExpr, n.IndexExpr)):
            e = e.x
        if not isinstance(e, n.SelectorExpr) or self.is_pkg_selector(e):
            return None
        m = self.info.uses.get(e.sel)
        sig = m.type if isinstance(m, Func) else None
        return e if isinstance(sig, Signature) and sig.recv is not None and sig.tparams else None

    def func_ref(self, name: n.Name, f: Func) -> str:
        """The symbol of function f as named by name (an instance for a generic f)."""
        targs = self.info.instances.get(name)
        if targs:
            return self.pb.instances.func(f, targs)
        return self.pb.func_symbol(f)

    # ------------------------------------------------------------------

    def build(self, fobj: Func, decl: n.FuncDecl, sym: str) -> ir.Func:
        sig = fobj.type
        assert isinstance(sig, Signature)
        self.sym = sym
        assert decl.body is not None
        fn = self.build_body(sym, sig, decl.body.stmts, decl.pos)
        fn.pragmas = decl.pragmas
        # gc reports a method at the "(" of its receiver
        fn.name_pos = decl.name.pos if decl.recv is None else n.Pos(decl.pos.line, decl.pos.col + 5)
        return fn

    def build_body(self, sym: str, sig: Signature, stmts: list[n.Stmt], pos: n.Pos) -> ir.Func:
        params = []
        if sig.recv is not None:
            rv = sig.recv
            rloc = self.local_for(rv) if rv.name not in ("", "_") else self.new_local("~recv", rv.type)
            params.append(rloc)
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
        self.has_defer = contains_defer(stmts)
        if self.has_defer:
            # a recovered panic returns the results' current values: keep them in memory
            for rl in results:
                rl.addr_taken = True
            self.landing = self.new_label()
        body: list[ir.Stmt] = []
        for rl in results:
            body.append(ir.Assign(ir.LocalRef(rl.type, rl), zero_value(rl.type)))
        body.extend(self.block(stmts))
        if self.has_defer:
            body.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.deferreturn", [])))
            body.append(ir.Return([]))
            # resumed here by runtime.jumpto after a deferred call recovered a panic
            body.append(ir.Label(self.landing))
            body.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.deferreturn", [])))
            body.append(ir.Return([]))
        return ir.Func(sym, self.filename, pos, params, results, body, self.all_locals)

    def defer_stmt(self, s: n.DeferStmt, out: list[ir.Stmt]) -> None:
        """defer f(args): evaluate f and the arguments now into cells that a closure of
        no arguments captures; runtime.deferproc records it (and returns true when a
        panic was recovered and this frame resumes: then run the defers and return)."""
        call = s.call
        while isinstance(call, n.ParenExpr):
            call = call.x
        if not isinstance(call, n.CallExpr):
            raise self.unsupported(s, "this defer")
        fun = call.fun
        while isinstance(fun, n.ParenExpr):
            fun = fun.x
        obj = self.info.uses.get(fun) if isinstance(fun, n.Name) else (
            self.info.uses.get(fun.sel) if isinstance(fun, n.SelectorExpr) else None)
        if isinstance(obj, Builtin):
            if obj.name not in concurrency.THUNK_BUILTINS:
                raise self.unsupported(s, f"defer of built-in {obj.name}")
            fv0 = concurrency.builtin_thunk(self, s, call, obj.name, "deferwrap", out)
            self.defer_push(s, fv0, out)
            return
        _, ft, _ = self.tv(call.fun)
        sig = ft.underlying()
        if not isinstance(sig, Signature):
            raise self.unsupported(s, "this defer")
        caps: list[ir.Local] = []

        def cell(v: ir.Expr) -> None:
            loc = self.new_local("~d", v.type)
            loc.addr_taken = True
            out.append(ir.Declare(loc))
            out.append(ir.Assign(ir.LocalRef(v.type, loc), v))
            caps.append(loc)

        cell(ir.Convert(ft, self.expr(call.fun)))
        for a in self.call_args(call, sig):
            cell(a)
        self.wrap_count += 1
        sym = f"{self.sym}.deferwrap{self.wrap_count}"
        child = FuncBuilder(self.pb, self.filename)
        child.sym = sym
        refs: list[ir.Expr] = list(child.capture_cells(caps))
        rt: Type = Tuple(sig.results) if len(sig.results) != 1 else sig.results[0].type
        clo = ir.NilCheck(UPTR, ir.Convert(UPTR, refs[0]))
        body: list[ir.Stmt] = [ir.ExprStmt(ir.Call(rt, "", refs[1:], s.pos, closure=clo)), ir.Return([])]
        self.pb.extra_funcs.append(ir.Func(sym, self.filename, s.pos, [], [], body, child.all_locals))
        fv = self.closure_value(Signature([], [], False), sym, caps)
        self.defer_push(s, fv, out)

    def defer_push(self, s: n.DeferStmt, fv: ir.Expr, out: list[ir.Stmt]) -> None:
        if self.rangefunc is not None:
            self.rangefunc.defer_push(self, s, fv, out)
            return
        resumed = ir.Call(BOOL, "runtime.deferproc", [fv], s.pos)
        out.append(ir.If(resumed, [ir.Goto(self.landing)], []))

    # ------------------------------------------------------------------
    # statements

    def block(self, stmts: list[n.Stmt]) -> list[ir.Stmt]:
        out: list[ir.Stmt] = []
        for s in stmts:
            self.stmt(s, out)
        return out

    def stmt(self, s: n.Stmt, out: list[ir.Stmt]) -> None:
        self.cur_pos = getattr(s, "pos", self.cur_pos)
        if isinstance(s, n.EmptyStmt):
            return
        if self.cur_pos.line:
            out.append(ir.Line(self.cur_pos.line))
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
            if isinstance(s.init, n.AssignStmt) and s.init.op == ":=":
                # Go 1.22: each iteration has its own copy of the loop variables
                for e in s.init.lhs:
                    lv = self.info.defs.get(e) if isinstance(e, n.Name) else None
                    if isinstance(lv, Var) and lv.name != "_":
                        post.append(ir.Redeclare(self.local_for(lv)))
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
            if self.rangefunc is not None and self.rangefunc.branch(self, s, out):
                return
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
        elif isinstance(s, n.DeferStmt):
            self.defer_stmt(s, out)
        elif isinstance(s, n.GoStmt):
            concurrency.go_stmt(self, s, out)
        elif isinstance(s, n.SendStmt):
            concurrency.send_stmt(self, s, out)
        elif isinstance(s, n.SelectStmt):
            concurrency.select_stmt(self, s, out)
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
                    out.append(ir.Declare(loc))
                    out.append(ir.Assign(ir.LocalRef(v.type, loc), zero_value(v.type)))
                return
            dsts: list[ir.Expr | None] = []
            for v in vs:
                assert isinstance(v, Var)
                if v.name != "_":
                    out.append(ir.Declare(self.local_for(v)))
                dsts.append(None if v.name == "_" else ir.LocalRef(v.type, self.local_for(v)))
            self.assign_values(dsts, [v.type for v in vs if isinstance(v, Var)], d.values, out)
        # const and type declarations produce no code

    def assign(self, s: n.AssignStmt, out: list[ir.Stmt]) -> None:
        if s.op not in ("=", ":="):
            fake = self.pb.op_assign.get(s)
            if fake is None:
                raise self.unsupported(s, "assignment operation")
            dst = self.lvalue(s.lhs[0], out, late_map=True)
            _, t, _ = self.tv(fake)
            order.hoist(self, [fake.y], out, force=True)
            if isinstance(dst, ir.Load) and isinstance(dst.addr, ir.Convert) and isinstance(dst.addr.x, ir.Call):
                # m[k] op= y: the slot is made once, after y (which must not see it)
                dst = ir.Load(dst.type, self.temp(dst.addr.type, out, dst.addr, "~vp"))
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
                if e in self.info.defs:
                    out.append(ir.Declare(self.local_for(obj)))
                dsts.append(ir.LocalRef(obj.type, self.local_for(obj)))
                types.append(obj.type)
                continue
            _, t, _ = self.tv(e)
            dsts.append(self.lvalue(e, out, late_map=True))
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
                        out.append(ir.Assign(d, self.convert(v, dt), user=True))
                return
            call = self.tuple_call(self.expr(e), out)
            assert isinstance(call.type, Tuple)
            # results go to temps first, then are converted to the destinations' types
            temps: list[ir.Expr | None] = []
            for d, rv in zip(dsts, call.type.vars, strict=True):
                temps.append(None if d is None else ir.LocalRef(rv.type, self.new_local("~r", rv.type)))
            out.append(ir.AssignCall(temps, call))
            for d, dt, tmp in zip(dsts, types, temps, strict=True):
                if d is not None and tmp is not None:
                    out.append(ir.Assign(d, self.convert(tmp, dt), user=True))
            return
        if len(dsts) == 1:
            src = self.expr(rhs[0])
            d = dsts[0]
            if d is None:
                out.append(ir.ExprStmt(src))
            elif isinstance(d, ir.Load) and isinstance(d.addr, ir.Convert) and isinstance(d.addr.x, ir.Call):
                # a map element (lvalue's late_map): the value first, then the slot
                v = self.user_temp(self.convert(src, types[0]), out)
                out.append(ir.Assign(d, v, user=True))
            else:
                out.append(ir.Assign(d, self.convert(src, types[0]), user=True))
            return
        # parallel assignment: evaluate every right-hand side first
        order.hoist(self, rhs, out)
        vals = []
        for e, dt in zip(rhs, types, strict=True):
            v = self.expr(e)
            if dt is not INVALID:
                v = self.convert(v, dt)
            vals.append(self.user_temp(v, out))
        for d, v in zip(dsts, vals, strict=True):
            if d is not None:
                out.append(ir.Assign(d, v, user=True))

    def reread(self, dst: ir.Expr) -> ir.Expr:
        """The current value of an lvalue expression."""
        if isinstance(dst, ir.Load):
            return ir.Load(dst.type, dst.addr)
        return dst

    def lvalue(self, e: n.Expr, out: list[ir.Stmt], late_map: bool = False) -> ir.Expr:
        """The assignable location e. With late_map a map element's slot is made (mapassign)
        only where the returned expression is stored to, after the right-hand sides: the
        map and key are evaluated now, as the spec's first phase says, but ``m[k] = len(m)``
        must not see the new entry (nor keep it when the right side panics)."""
        while isinstance(e, n.ParenExpr):
            e = e.x
        if isinstance(e, n.Name):
            obj = self.info.uses.get(e) or self.info.defs.get(e)
            if isinstance(obj, Var):
                return self.var_ref(obj)
            raise self.unsupported(e, "assignment target")
        if isinstance(e, n.StarExpr):
            p = self.expr(e.x)
            paddr = self.temp(p.type, out, ir.NilCheck(p.type, p), "~p")
            _, t, _ = self.tv(e)
            return ir.Load(t, paddr)
        if isinstance(e, n.IndexExpr):
            _, t, _ = self.tv(e)
            _, xt, _ = self.tv(e.x)
            if isinstance(xt.underlying(), Map):
                slot = ir.Convert(Pointer(t), self.map_access(e, "runtime.mapassign", out))
                if late_map:
                    return ir.Load(t, slot)
                vp = self.temp(Pointer(t), out, slot, "~vp")
                return ir.Load(t, vp)
            iaddr = self.index_addr(e, out)
            return ir.Load(t, iaddr)
        if isinstance(e, n.SelectorExpr):
            obj = self.info.uses.get(e.sel)
            if isinstance(obj, Var) and obj.is_global:
                return self.var_ref(obj)
            if self.field_selection(e) is not None:
                _, t, _ = self.tv(e)
                return ir.Load(t, self.temp(Pointer(t), out, self.field_addr(e, out), "~f"))
        raise self.unsupported(e, "assignment target")

    def var_ref(self, v: Var) -> ir.Expr:
        if v.is_global:
            self.pb.use_global(v)
            return ir.GlobalRef(v.type, v.qualified())
        return ir.LocalRef(v.type, self.local_for(v))

    def return_stmt(self, s: n.ReturnStmt, out: list[ir.Stmt]) -> None:
        if self.rangefunc is not None:
            self.rangefunc.return_stmt(self, s, out)
            return
        if self.has_defer:
            # set the results, run the deferred calls, then return the results
            inner: list[ir.Stmt] = []
            self.return_values(s, inner)
            ret = inner.pop()
            assert isinstance(ret, ir.Return)
            if ret.values:
                temps = [self.user_temp(v, inner, "~rv") for v in ret.values]
                for rl, tv in zip(self.result_locals, temps, strict=True):
                    inner.append(ir.Assign(ir.LocalRef(rl.type, rl), tv, user=True))
            inner.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.deferreturn", [])))
            inner.append(ir.Return([]))
            out.extend(inner)
            return
        self.return_values(s, out)

    def return_values(self, s: n.ReturnStmt, out: list[ir.Stmt]) -> None:
        if not s.results:
            out.append(ir.Return([]))
            return
        res = self.result_locals
        if len(s.results) == 1 and len(res) > 1:
            call = self.tuple_call(self.expr(s.results[0]), out)
            assert isinstance(call.type, Tuple)
            temps: list[ir.Expr | None] = [ir.LocalRef(v.type, self.new_local("~r", v.type)) for v in call.type.vars]
            out.append(ir.AssignCall(temps, call))
            vals = [self.convert(t, r.type) for t, r in zip(temps, res, strict=True) if t is not None]
            out.append(ir.Return(vals))
            return
        order.hoist(self, s.results, out)
        vals2 = [self.convert(self.expr(e), r.type) for e, r in zip(s.results, res, strict=True)]
        if len(vals2) > 1:
            vals2 = [self.user_temp(v, out) for v in vals2]
        out.append(ir.Return(vals2))

    def range_stmt(self, s: n.RangeStmt, out: list[ir.Stmt]) -> None:
        _, xt, _ = self.tv(s.x)
        if isinstance(xt.underlying(), Chan):
            ct = xt.underlying()
            assert isinstance(ct, Chan)
            concurrency.range_chan(self, s, ct, out)
            return
        if isinstance(xt.underlying(), Signature):
            rangefunc.range_func(self, s, xt, out)
            return
        inner: list[ir.Stmt] = []
        label = self.new_label()
        xu = xt.underlying()
        declares: list[ir.Stmt] = []

        def target(e: n.Expr | None) -> ir.Expr | None:
            if e is None or isinstance(e, n.Name) and e.value == "_":
                return None
            if s.define:
                assert isinstance(e, n.Name)
                v = self.info.defs[e]
                assert isinstance(v, Var)
                declares.append(ir.Declare(self.local_for(v)))
                return ir.LocalRef(v.type, self.local_for(v))
            return self.lvalue(e, declares)  # operands of the targets: evaluated per iteration

        key = target(s.key)
        val = target(s.value)
        if isinstance(xu, Basic) and xu.is_integer():
            t = final_type(xt)
            limit = self.temp(t, inner, self.convert(self.expr(s.x), t), "~n")
            i = ir.LocalRef(t, self.new_local("~i", t))
            inner.append(ir.Assign(i, ir.Const(t, 0)))
            body: list[ir.Stmt] = list(declares)
            if key is not None:
                body.append(ir.Assign(key, i))
            self.push_label(("loop", label))
            body.extend(self.block(s.body.stmts))
            self.labels.pop()
            cond = ir.Binary(BOOL, "<", i, limit, t)
            post: list[ir.Stmt] = [ir.Assign(i, ir.Binary(t, "+", i, ir.Const(t, 1), t))]
            inner.append(ir.Loop(cond, body, post, label))
        elif isinstance(xu, Slice):
            sl = self.temp(xt, inner, self.expr(s.x), "~rs")
            length = self.temp(INT, inner, ir.Part(INT, sl, 1), "~n")
            i = ir.LocalRef(INT, self.new_local("~i", INT))
            inner.append(ir.Assign(i, ir.Const(INT, 0)))
            body = list(declares)
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
        elif isinstance(xu, Array) or isinstance(xu, Pointer) and isinstance(xu.elem.underlying(), Array):
            arr = xu if isinstance(xu, Array) else xu.elem.underlying()
            assert isinstance(arr, Array)
            base: ir.Expr | None = None
            if isinstance(xu, Pointer):
                p = self.temp(xu, inner, self.expr(s.x), "~pa")
                if val is not None:
                    base = self.temp(UPTR, inner, ir.Convert(UPTR, ir.NilCheck(xu, p)), "~base")
            elif val is not None:
                # ranging over an array value iterates over a copy of it
                base = self.temp(UPTR, inner, ir.Convert(UPTR, self.spill(self.expr(s.x), inner)), "~base")
            elif has_call_or_recv(self.info, s.x):
                inner.append(ir.ExprStmt(self.expr(s.x)))  # len(x) is not constant: x is evaluated
            i = ir.LocalRef(INT, self.new_local("~i", INT))
            inner.append(ir.Assign(i, ir.Const(INT, 0)))
            body = list(declares)
            if key is not None:
                body.append(ir.Assign(key, i))
            if val is not None and base is not None:
                esize = sizeof(arr.elem)
                addr = ir.PtrAdd(Pointer(arr.elem), base, ir.Binary(INT, "*", i, ir.Const(INT, esize), INT))
                body.append(ir.Assign(val, self.convert(ir.Load(arr.elem, addr), val.type)))
            self.push_label(("loop", label))
            body.extend(self.block(s.body.stmts))
            self.labels.pop()
            cond = ir.Binary(BOOL, "<", i, ir.Const(INT, arr.length), INT)
            post = [ir.Assign(i, ir.Binary(INT, "+", i, ir.Const(INT, 1), INT))]
            inner.append(ir.Loop(cond, body, post, label))
        elif isinstance(xu, Map):
            self.pb.need_type(xt)
            it = self.temp(UPTR, inner, ir.Call(UPTR, "runtime.mapiterinit", [ir.TypeAddr(UPTR, xt), ir.Convert(UPTR, self.expr(s.x))]), "~it")
            body = list(declares)
            if key is not None:
                kp = ir.Load(UPTR, it)
                body.append(ir.Assign(key, self.convert(ir.Load(xu.key, ir.Convert(Pointer(xu.key), kp)), key.type)))
            if val is not None:
                vp = ir.Load(UPTR, ir.PtrAdd(UPTR, it, ir.Const(INT, 8)))
                body.append(ir.Assign(val, self.convert(ir.Load(xu.elem, ir.Convert(Pointer(xu.elem), vp)), val.type)))
            self.push_label(("loop", label))
            body.extend(self.block(s.body.stmts))
            self.labels.pop()
            cond = ir.Binary(BOOL, "!=", ir.Load(UPTR, it), ir.Nil(UPTR), UPTR)
            post = [ir.ExprStmt(ir.Call(Tuple([]), "runtime.mapiternext", [it]))]
            inner.append(ir.Loop(cond, body, post, label))
        elif isinstance(xu, Basic) and xu.is_string():
            st = self.temp(u.STRING, inner, self.convert(self.expr(s.x), u.STRING), "~s")
            length = self.temp(INT, inner, ir.Part(INT, st, 1), "~n")
            i = ir.LocalRef(INT, self.new_local("~i", INT))
            nxt = ir.LocalRef(INT, self.new_local("~next", INT))
            r = ir.LocalRef(u.RUNE, self.new_local("~rune", u.RUNE))
            inner.append(ir.Assign(i, ir.Const(INT, 0)))
            body = list(declares)
            body.append(ir.AssignCall([r, nxt], ir.Call(Tuple([Var("", u.RUNE, None), Var("", INT, None)]),
                                                        "runtime.decoderune", [st, i])))
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
                et = final_type(self.info.types[e].type)
                if isinstance(et.underlying(), Interface) and not isinstance(tag_t.underlying(), Interface):
                    # The case is an interface value: compare as interfaces, the tag (or the
                    # implicit true of a tagless switch) converted to the case's type.
                    v = self.expr(e)
                    t_val = tag if tag is not None else ir.Const(BOOL, True)
                    one = self.compare("==", self.convert(t_val, et), v, et)
                elif tag is None:
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
        typ = self.temp(UPTR, inner, self.dyn_type(x, xt), "~typ")
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
                pre.append(ir.Declare(loc))
                if c.exprs is not None and len(c.exprs) == 1 and not isinstance(vt.underlying(), Interface):
                    pre.append(ir.Assign(ir.LocalRef(vt, loc), self.unbox(x, vt)))
                else:
                    pre.append(ir.Assign(ir.LocalRef(vt, loc), self.convert(x, vt)))
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
                    one = self.implements_check(typ, tv.type)
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

    def dyn_type(self, x: ir.Expr, it: Type) -> ir.Expr:
        """The dynamic type descriptor (or nil) of interface value x of type it."""
        iu = it.underlying()
        assert isinstance(iu, Interface)
        if not iu.methods:
            return ir.Part(UPTR, x, 0)
        return ir.Call(UPTR, "runtime.itabType", [ir.Part(UPTR, x, 0)])

    def implements_check(self, typ: ir.Expr, it: Type) -> ir.Expr:
        """Whether the dynamic type typ (possibly nil) implements interface it."""
        iu = it.underlying()
        assert isinstance(iu, Interface)
        if not iu.methods:
            return ir.Binary(BOOL, "!=", typ, ir.Nil(UPTR), UPTR)
        self.pb.need_type(it)
        tab = ir.Call(UPTR, "runtime.getitabOK", [ir.TypeAddr(UPTR, it), typ])
        return ir.Binary(BOOL, "!=", tab, ir.Nil(UPTR), UPTR)

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
        x = self.expr_node(e)
        self.origin[id(x)] = (e, x)  # for -m reports on the value (boxing)
        return x

    def expr_node(self, e: n.Expr) -> ir.Expr:
        early = self.hoisted.pop(e, None)
        if early is not None:
            return early
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
                return ir.SymAddr(final_type(tv.type) if tv is not None else obj.type, self.pb.funcval(self.func_ref(e, obj)))
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
                if isinstance(inner, n.StarExpr):
                    return self.expr(inner.x)
                if isinstance(inner, n.CompositeLit):
                    return self.heap_composite(inner, t, e.pos)
                self.escape_root(inner)
                pre: list[ir.Stmt] = []
                addr = self.addr(inner, pre)
                return ir.Seq(t, pre, ir.Convert(t, addr)) if pre else ir.Convert(t, addr)
            if e.op == "<-":
                return concurrency.recv_expr(self, e, t)
            x = self.expr(e.x)
            if e.op == "+":
                return self.convert(x, t)
            if e.op == "-" and complexops.is_complex(t):
                return complexops.negate(self, t, self.convert(x, t))
            return self.fix_width(ir.Unary(t, e.op, self.convert(x, t)))
        if isinstance(e, n.BinaryExpr):
            return self.binary_with(e, None)
        if isinstance(e, n.CallExpr):
            return self.call(e, t)
        if isinstance(e, n.SelectorExpr):
            obj = self.info.uses.get(e.sel)
            if isinstance(obj, Var) and obj.is_global:
                return self.var_ref(obj)
            if self.field_selection(e) is not None:
                pre4: list[ir.Stmt] = []
                fa = self.field_addr(e, pre4)
                return ir.Seq(t, pre4, ir.Load(t, fa))
            return self.selector_other(e, t)
        if isinstance(e, n.StarExpr):
            p = self.expr(e.x)
            return ir.Load(t, ir.NilCheck(p.type, p))
        if isinstance(e, n.IndexExpr):
            gen = self.generic_ref(e)
            if gen is not None:
                gsel = self.generic_selector(e)
                if gsel is not None:
                    return self.selector_other(gsel, t)
                return ir.SymAddr(t, self.pb.funcval(self.func_ref(*gen)))
            pre2: list[ir.Stmt] = []
            _, xt, _ = self.tv(e.x)
            xu = xt.underlying()
            if isinstance(xu, Map):
                vp = self.map_access(e, "runtime.mapaccess1", pre2)
                return ir.Seq(t, pre2, ir.Load(t, ir.Convert(Pointer(t), vp)))
            if isinstance(xu, Basic) and xu.is_string():
                addr = self.index_addr(e, pre2)
                return ir.Seq(t, pre2, ir.Load(u.BYTE, addr))
            addr = self.index_addr(e, pre2)
            return ir.Seq(t, pre2, ir.Load(t, addr))
        if isinstance(e, n.SliceExpr):
            return self.slice_expr(e, t)
        if isinstance(e, n.CompositeLit):
            return self.composite(e, t)
        if isinstance(e, n.FuncLit):
            return self.func_lit(e, t)
        if isinstance(e, n.AssertExpr):
            pre3: list[ir.Stmt] = []
            val, _ = self.comma_ok(e, pre3, panics=True)
            return ir.Seq(t, pre3, val)
        raise self.unsupported(e, type(e).__name__)

    def selector_other(self, e: n.SelectorExpr, t: Type) -> ir.Expr:
        obj = self.info.uses.get(e.sel)
        if isinstance(obj, Func) and self.is_pkg_selector(e):
            return ir.SymAddr(t, self.pb.funcval(self.func_ref(e.sel, obj)))
        if isinstance(obj, Func) and self.is_method_selector(e):
            return self.method_value(e, obj, t)
        xtv = self.info.types.get(e.x)
        if isinstance(obj, Func) and xtv is not None and xtv.mode == Mode.TYPEXPR:
            return self.method_expr(e, obj, xtv.type, t)
        raise self.unsupported(e, "selector expressions")

    def method_value(self, e: n.SelectorExpr, m: Func, t: Type) -> ir.Expr:
        """x.M as a value: a closure over a copy of the receiver (evaluated now)."""
        m = self.concrete_method(e, m)
        gm = self.generic_method(e, m)
        msym = ""
        if gm is not None:
            m, msym = gm
        sig = t.underlying()
        assert isinstance(sig, Signature)
        pre: list[ir.Stmt] = []
        recv = self.method_receiver(e, m, pre)
        rexpr, it = recv if isinstance(recv, tuple) else (recv, None)
        rloc = self.new_local("~rcv", rexpr.type)
        rloc.addr_taken = True
        pre.append(ir.Declare(rloc))
        pre.append(ir.Assign(ir.LocalRef(rloc.type, rloc), rexpr))
        self.fm_count += 1
        sym = f"{self.sym}-fm{self.fm_count}"  # a wrapper, hidden in tracebacks as gc's -fm
        child = FuncBuilder(self.pb, self.filename)
        child.sym = sym
        cap = child.new_local("~rcv", rloc.type)
        cap.addr_taken = True
        cap.capture_index = 0
        child.captures.append(rloc)
        params = []
        for i, p in enumerate(sig.params):
            loc = child.new_local("~p", p.type)
            loc.param_index = i
            params.append(loc)
        results = []
        for i, r in enumerate(sig.results):
            loc = child.new_local("~r", r.type)
            loc.result_index = i
            results.append(loc)
        args: list[ir.Expr] = [ir.LocalRef(p.type, p) for p in params]
        rt: Type = Tuple(sig.results) if len(sig.results) != 1 else sig.results[0].type
        body: list[ir.Stmt] = []
        rref = ir.LocalRef(cap.type, cap)
        if it is not None:
            tab = ir.NilCheck(UPTR, ir.Part(UPTR, rref, 0))
            fn = ir.Load(UPTR, ir.PtrAdd(UPTR, tab, ir.Const(INT, 24 + 8 * iface_method_index(it, m.name))))
            call = ir.Call(rt, "", [ir.Part(UPTR, rref, 1), *args], fn=fn)
        else:
            call = ir.Call(rt, msym or self.pb.method_sym(m), [rref, *args])
        child.finish_forward(body, call, sig, results)
        self.pb.extra_funcs.append(ir.Func(sym, self.filename, e.pos, params, results, body, child.all_locals))
        return ir.Seq(t, pre, self.closure_value(t, sym, [rloc]))

    def finish_forward(self, body: list[ir.Stmt], call: ir.Call, sig: Signature, results: list[ir.Local]) -> None:
        if not sig.results:
            body.append(ir.ExprStmt(call))
            body.append(ir.Return([]))
        elif len(sig.results) == 1:
            body.append(ir.Return([call]))
        else:
            temps: list[ir.Expr | None] = [ir.LocalRef(x.type, x) for x in results]
            body.append(ir.AssignCall(temps, call))
            body.append(ir.Return([]))

    def method_expr(self, e: n.SelectorExpr, m: Func, recv_t: Type, t: Type) -> ir.Expr:
        """T.M or (*T).M: a function whose first parameter is the receiver."""
        from pogo.compile.ir.methods import ifn_symbol

        m = self.concrete_method(e, m)  # T.M with T a type parameter: the type argument's M
        sel = lookup(recv_t, m.name, m.pkg)
        gm = self.generic_method(e, m)
        if gm is not None:
            m, msym = gm
            if len(sel.index) != 1 or isinstance(recv_t, Pointer) and not ptr_recv(m):
                return methexpr.wrapper_expr(self, e, m, recv_t, t, msym)
            return ir.SymAddr(t, self.pb.funcval(msym))
        if len(sel.index) != 1 or isinstance(recv_t.underlying(), Interface):
            return methexpr.wrapper_expr(self, e, m, recv_t, t)
        if isinstance(recv_t, Pointer) and not ptr_recv(m):
            named = recv_t.elem
            assert isinstance(named, Named)
            if named.targs:
                self.pb.need_type(named)  # its descriptor brings the instance's wrappers
            return ir.SymAddr(t, self.pb.funcval(ifn_symbol(named, m.name)))
        return ir.SymAddr(t, self.pb.funcval(self.pb.method_sym(m)))

    def fix_width(self, x: ir.Expr) -> ir.Expr:
        return x  # the SSA builder normalises sub-word integer results

    def arith(self, op: str, t: Type, x: ir.Expr, y: ir.Expr) -> ir.Expr:
        tu = t.underlying()
        if isinstance(tu, Basic) and tu.is_string() and op == "+":
            return ir.Call(t, "runtime.concatstring2", [x, y])
        if isinstance(tu, Basic) and tu.is_complex():
            return complexops.arith(self, op, t, x, y)
        return ir.Binary(t, op, x, y, t)

    def binary_with(self, e: n.BinaryExpr, left: ir.Expr | None) -> ir.Expr:
        tv = self.info.types[e]
        t = final_type(tv.type)
        xtv = self.info.types.get(e.x)
        ytv = self.info.types.get(e.y)
        assert xtv is not None and ytv is not None
        xt, yt = final_type(xtv.type), final_type(ytv.type)
        if left is None and e.op not in ("&&", "||") and e not in self.ordered:
            pre: list[ir.Stmt] = []
            self.ordered.add(e)
            order.hoist(self, [e.x, e.y], pre)
            if pre:
                r = self.binary_with(e, None)
                return ir.Seq(r.type, pre, r)
        x = left if left is not None else self.expr(e.x)
        if e.op in ("&&", "||"):
            return ir.Binary(BOOL if is_untyped(tv.type) else t, e.op, self.convert(x, t), self.convert(self.expr(e.y), t), t)
        y = self.expr(e.y)
        if e.op in ("==", "!=", "<", "<=", ">", ">="):
            ot = xt if not isinstance(xt, Basic) or xt.kind != Kind.UNSAFE_POINTER or is_untyped(xtv.type) is False else yt
            if isinstance(xtv.type, Basic) and xtv.type.kind == Kind.UNTYPED_NIL:
                ot = yt
            if not isinstance(ot.underlying(), Interface) and isinstance(yt.underlying(), Interface):
                ot = yt  # a value compared with an interface is compared as that interface
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
            eq = ir.Call(BOOL, "runtime.efaceeq", [self.convert(x, u.ANY), self.convert(y, u.ANY)])
            return eq if op == "==" else ir.Unary(BOOL, "!", eq)
        if isinstance(tu, Array):
            pre: list[ir.Stmt] = []
            pa = self.temp(UPTR, pre, ir.Convert(UPTR, self.spill(x, pre)), "~pa")
            pb = self.temp(UPTR, pre, ir.Convert(UPTR, self.spill(y, pre)), "~pb")
            res = self.temp(BOOL, pre, ir.Const(BOOL, True), "~eq")
            i = self.temp(INT, pre, ir.Const(INT, 0), "~i")
            es = sizeof(tu.elem)
            off = ir.Binary(INT, "*", i, ir.Const(INT, es), INT)
            ex = ir.Load(tu.elem, ir.PtrAdd(Pointer(tu.elem), pa, off))
            ey = ir.Load(tu.elem, ir.PtrAdd(Pointer(tu.elem), pb, off))
            label = self.new_label()
            differ = self.compare("!=", ex, ey, tu.elem)
            body: list[ir.Stmt] = [ir.If(differ, [ir.Assign(res, ir.Const(BOOL, False)), ir.Break(label)], [])]
            pre.append(ir.Loop(ir.Binary(BOOL, "<", i, ir.Const(INT, tu.length), INT), body,
                               [ir.Assign(i, ir.Binary(INT, "+", i, ir.Const(INT, 1), INT))], label))
            return ir.Seq(BOOL, pre, res if op == "==" else ir.Unary(BOOL, "!", res))
        if isinstance(tu, Struct):
            pre2: list[ir.Stmt] = []
            pa = self.temp(UPTR, pre2, ir.Convert(UPTR, self.spill(x, pre2)), "~pa")
            pb = self.temp(UPTR, pre2, ir.Convert(UPTR, self.spill(y, pre2)), "~pb")
            cond: ir.Expr = ir.Const(BOOL, True)
            for f, foff in zip(tu.fields, tu.offsets(), strict=True):
                if f.name == "_":
                    continue
                fx = ir.Load(f.type, ir.PtrAdd(Pointer(f.type), pa, ir.Const(INT, foff)))
                fy = ir.Load(f.type, ir.PtrAdd(Pointer(f.type), pb, ir.Const(INT, foff)))
                one = self.compare("==", fx, fy, f.type)
                cond = one if isinstance(cond, ir.Const) else ir.Binary(BOOL, "&&", cond, one, BOOL)
            res = self.temp(BOOL, pre2, cond, "~eq")
            return ir.Seq(BOOL, pre2, res if op == "==" else ir.Unary(BOOL, "!", res))
        if isinstance(tu, Slice):
            other = x if isinstance(y, ir.Nil) else y
            return ir.Binary(BOOL, op, ir.Part(UPTR, other, 0), ir.Nil(UPTR), UPTR)
        if isinstance(tu, Basic) and tu.is_complex():
            return complexops.compare(self, op, x, y)
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
            if isinstance(x, ir.Nil) and (isinstance(su, Interface) or src is UPTR or is_untyped(src)):
                return ir.Nil(t)
            if isinstance(su, Interface):
                return self.convert_iface(x, t)
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
            if tu.is_complex() and su.is_complex():
                return complexops.convert(self, x, t)
            if su.is_float() and tu.is_integer() and (tu.size < 4 or tu.size == 4 and not tu.is_unsigned()):
                return self.float_to_small_int(x, t)
            return ir.Convert(t, x)
        if isinstance(tu, Basic) and tu.is_string() and isinstance(su, Slice):
            if not isinstance(x, ir.LocalRef):
                pre: list[ir.Stmt] = []
                ref = self.temp(src, pre, x, "~sl")
                return ir.Seq(t, pre, self.convert(ref, t))
            el = su.elem.underlying()
            if isinstance(el, Basic) and el.kind == Kind.UINT8:
                return ir.Call(t, "runtime.slicebytetostring", [ir.Part(UPTR, x, 0), ir.Part(INT, x, 1)])
            if isinstance(el, Basic) and el.kind == Kind.INT32:
                return ir.Call(t, "runtime.slicerunetostring", [ir.Part(UPTR, x, 0), ir.Part(INT, x, 1)])
            raise Unsupported(self.filename, self.cur_pos, f"pogo: conversion of {src} to {t} not supported yet")
        if isinstance(su, Basic) and su.is_string() and isinstance(tu, Slice):
            el = tu.elem.underlying()
            if isinstance(el, Basic) and el.kind == Kind.UINT8:
                return ir.Call(t, "runtime.stringtoslicebyte", [x])
            if isinstance(el, Basic) and el.kind == Kind.INT32:
                return ir.Convert(t, ir.Call(Slice(u.RUNE), "runtime.stringtoslicerune", [x]))
            raise Unsupported(self.filename, self.cur_pos, f"pogo: conversion of {src} to {t} not supported yet")
        if isinstance(su, Slice) and (isinstance(tu, Array) or isinstance(tu, Pointer) and isinstance(tu.elem.underlying(), Array)):
            return self.slice_to_array(x, t)
        return self.retype(x, t)

    def slice_to_array(self, x: ir.Expr, t: Type) -> ir.Expr:
        """[N]T(s) and (*[N]T)(s): s must have at least N elements; the array shares them."""
        tu = t.underlying()
        arr = tu if isinstance(tu, Array) else tu.elem.underlying() if isinstance(tu, Pointer) else None
        assert isinstance(arr, Array)
        pre: list[ir.Stmt] = []
        sl = self.temp(x.type, pre, x, "~s")
        short = ir.Binary(BOOL, "<", ir.Part(INT, sl, 1), ir.Const(INT, arr.length), INT)
        fail = ir.Call(Tuple([]), "runtime.panicSliceConvert", [ir.Part(INT, sl, 1), ir.Const(INT, arr.length)], noreturn=True)
        pre.append(ir.If(short, [ir.ExprStmt(fail)], []))
        ptr = ir.Part(UPTR, sl, 0)
        if isinstance(tu, Pointer):
            return ir.Seq(t, pre, ir.Convert(t, ptr))
        if arr.length == 0:
            return ir.Seq(t, pre, ir.Nil(t))
        return ir.Seq(t, pre, ir.Load(t, ptr))

    def float_to_small_int(self, x: ir.Expr, t: Type) -> ir.Expr:
        """gc converts floats to int32 and narrower with a 32-bit CVTTSD2SL, whose result
        for values out of int32's range is -1<<31; the 64-bit conversion is adjusted to match."""
        pre: list[ir.Stmt] = []
        i64 = u.INT64
        r = self.temp(i64, pre, ir.Convert(i64, x), "~cvt")
        fits = ir.Binary(BOOL, "==", ir.Convert(i64, ir.Convert(u.INT32, r)), r, i64)
        pre.append(ir.If(fits, [], [ir.Assign(r, ir.Const(i64, -1 << 31))]))
        return ir.Seq(t, pre, ir.Convert(t, r))

    def retype(self, x: ir.Expr, t: Type) -> ir.Expr:
        return ir.Convert(t, x)

    def convert_iface(self, x: ir.Expr, t: Type) -> ir.Expr:
        """Interface-to-interface conversion."""
        tu, su = t.underlying(), x.type.underlying()
        assert isinstance(tu, Interface) and isinstance(su, Interface)
        if not su.methods and not tu.methods or identical(su, tu):
            return self.retype(x, t)
        pre: list[ir.Stmt] = []
        v = self.temp(x.type, pre, x, "~i")
        typ = self.dyn_type(v, x.type)
        if not tu.methods:
            return ir.Seq(t, pre, ir.Make(t, [typ, ir.Part(UPTR, v, 1)]))
        self.pb.need_type(t)
        tab = ir.Call(UPTR, "runtime.convI2I", [ir.TypeAddr(UPTR, t), typ])
        return ir.Seq(t, pre, ir.Make(t, [tab, ir.Part(UPTR, v, 1)]))

    def box(self, x: ir.Expr, iface: Type) -> ir.Expr:
        t = x.type
        if is_untyped(t):
            t = final_type(t)
            x = self.convert(x, t)
        self.pb.need_type(t)
        desc: ir.Expr = ir.TypeAddr(UPTR, t)
        iu = iface.underlying()
        if isinstance(iu, Interface) and iu.methods:
            if method_base(t) is None:
                raise Unsupported(self.filename, self.cur_pos, f"pogo: converting {t} to an interface with methods not supported yet")
            desc = ir.SymAddr(UPTR, self.pb.need_itab(t, iface))
        if is_direct_iface(t):
            return ir.Make(iface, [desc, ir.Convert(UPTR, x)])
        pre: list[ir.Stmt] = []
        src = self.origin.get(id(x))
        pos, what = (box_pos(src[0]), escape_text(src[0])) if src is not None else (n.NOPOS, "")
        if isinstance(x, ir.Const) and isinstance(x.value, int) and not isinstance(x.value, bool):
            # gc names a boxed constant by its value, converted when not an int
            ts = type_string(x.type, self.pb.pkg.path)
            what = str(x.value) if ts == "int" else f"{ts}({x.value})"
        alloc = ir.Call(UPTR, "runtime.newobject", [ir.TypeAddr(UPTR, t)], pos, what=what)
        inner = x
        while isinstance(inner, ir.Seq):  # a method call evaluates its receiver first
            inner = inner.value
        call = inner if isinstance(inner, ir.Call) else self.hoisted_calls.get(id(x))
        if src is not None and not what and call is not None and isinstance(src[0], n.CallExpr) and call.lparen == src[0].lparen:
            self.pb.boxed_calls.append((alloc, call, self.boxed_call_text(src[0])))
        p = self.temp(Pointer(t), pre, ir.Convert(Pointer(t), alloc), "~box")
        pre.append(ir.Assign(ir.Load(t, p), x))
        return ir.Seq(iface, pre, ir.Make(iface, [desc, ir.Convert(UPTR, p)]))

    def boxed_call_text(self, e: n.CallExpr) -> str:
        """The -m text of a boxed call's result: the call of a function (gc writes method
        calls in a form of its own: none is given for them)."""
        tv = self.info.types.get(e.fun)
        sig = tv.type.underlying() if tv is not None else None
        if not isinstance(sig, Signature) or sig.recv is not None:
            return ""
        if isinstance(e.fun, n.SelectorExpr):
            obj = self.info.uses.get(e.fun.sel)
            if not isinstance(obj, Func) or obj.pkg is None or not isinstance(e.fun.x, n.Name):
                return ""
            st = obj.type
            if isinstance(st, Signature) and st.recv is not None:
                return ""
        return call_text(e, len(sig.params) - 1 if sig.variadic else None)

    def comma_ok(self, e: n.Expr, out: list[ir.Stmt], panics: bool = False) -> tuple[ir.Expr, ir.Expr]:
        while isinstance(e, n.ParenExpr):
            e = e.x
        if isinstance(e, n.UnaryExpr) and e.op == "<-":
            return concurrency.recv_comma_ok(self, e, out)
        if isinstance(e, n.IndexExpr):
            _, mt, _ = self.tv(e.x)
            mu = mt.underlying()
            if isinstance(mu, Map):
                self.pb.need_type(mt)
                m = self.temp(UPTR, out, ir.Convert(UPTR, self.expr(e.x)), "~m")
                k = self.spill(self.convert(self.expr(e.index[0]), mu.key), out)
                vp = ir.LocalRef(UPTR, self.new_local("~vp", UPTR))
                okv = ir.LocalRef(BOOL, self.new_local("~ok", BOOL))
                call = ir.Call(Tuple([Var("", UPTR, None), Var("", BOOL, None)]), "runtime.mapaccess2",
                               [ir.TypeAddr(UPTR, mt), m, ir.Convert(UPTR, k)])
                out.append(ir.AssignCall([vp, okv], call))
                val = self.temp(mu.elem, out, ir.Load(mu.elem, ir.Convert(Pointer(mu.elem), vp)), "~v")
                return val, okv
        if not isinstance(e, n.AssertExpr) or e.type is None:
            raise self.unsupported(e, "comma-ok expression")
        t = self.info.types[e.type].type
        self.pb.need_type(t)
        xt = self.info.types[e.x].type
        x = self.temp(xt, out, self.expr(e.x), "~x")
        typ = self.temp(UPTR, out, self.dyn_type(x, xt), "~typ")
        val = ir.LocalRef(t, self.new_local("~v", t))
        tu = t.underlying()
        if isinstance(tu, Interface):
            if tu.methods:
                tab: ir.Expr = self.temp(UPTR, out, ir.Call(UPTR, "runtime.getitabOK", [ir.TypeAddr(UPTR, t), typ]), "~tab")
            else:
                tab = typ
            ok = self.temp(BOOL, out, ir.Binary(BOOL, "!=", tab, ir.Nil(UPTR), UPTR), "~ok")
            got: ir.Expr = ir.Make(t, [tab, ir.Part(UPTR, x, 1)])
            if panics:
                fail2: list[ir.Stmt] = [ir.ExprStmt(ir.Call(Tuple([]), "runtime.panicdottypeI",
                                                            [typ, ir.TypeAddr(UPTR, t), ir.TypeAddr(UPTR, xt)], noreturn=True))]
                self.pb.need_type(xt)
            else:
                fail2 = [ir.Assign(val, zero_value(t))]
            out.append(ir.If(ok, [ir.Assign(val, got)], fail2))
            return val, ok
        ok = self.temp(BOOL, out, ir.Binary(BOOL, "==", typ, ir.TypeAddr(UPTR, t), UPTR), "~ok")
        fail: list[ir.Stmt] = [ir.Assign(val, zero_value(t))]
        if panics:
            fail = [ir.ExprStmt(ir.Call(Tuple([]), "runtime.panicdottypeE",
                                        [typ, ir.TypeAddr(UPTR, t), ir.TypeAddr(UPTR, xt)], noreturn=True))]
            self.pb.need_type(xt)
        out.append(ir.If(ok, [ir.Assign(val, self.unbox(x, t))], fail))
        return val, ok

    def map_access(self, e: n.IndexExpr, fn: str, out: list[ir.Stmt]) -> ir.Expr:
        """Call a runtime map function with (map type, map, &key): the value's address."""
        _, mt, _ = self.tv(e.x)
        mu = mt.underlying()
        assert isinstance(mu, Map)
        self.pb.need_type(mt)
        m = self.temp(UPTR, out, ir.Convert(UPTR, self.expr(e.x)), "~m")
        k = self.spill(self.convert(self.expr(e.index[0]), mu.key), out)
        return ir.Call(UPTR, fn, [ir.TypeAddr(UPTR, mt), m, ir.Convert(UPTR, k)])

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
        arr = xu
        if isinstance(xu, Pointer) and isinstance(xu.elem.underlying(), Array):
            arr = xu.elem.underlying()
            base: ir.Expr = self.temp(xu, out, ir.NilCheck(xu, self.expr(e.x)), "~pa")
        elif isinstance(xu, Array):
            base = self.temp(Pointer(xt), out, self.addr(e.x, out), "~pa")
        if isinstance(arr, Array):
            itv = self.info.types.get(e.index[0])
            if itv is None or itv.mode != Mode.CONSTANT:
                self.bounds(idx, ir.Const(INT, arr.length), out)
            es = sizeof(arr.elem)
            return ir.PtrAdd(Pointer(arr.elem), base, ir.Binary(INT, "*", idx, ir.Const(INT, es), INT))
        raise self.unsupported(e, f"indexing {xt}")

    # ------------------------------------------------------------------
    # composite literals

    def composite(self, e: n.CompositeLit, t: Type) -> ir.Expr:
        tu = t.underlying()
        if isinstance(tu, Pointer):  # elided &T in a literal of pointers
            return self.heap_composite(e, t)
        pre: list[ir.Stmt] = []
        order.hoist(self, [el.value if isinstance(el, n.KeyValueExpr) else el for el in e.elems], pre)
        if isinstance(tu, Slice):
            n_elems = self.lit_length(e)
            self.pb.need_type(tu.elem)
            what = f"{type_string(t, self.pb.pkg.path)}{{...}}"
            arr = ir.Call(UPTR, "runtime.newarray", [ir.TypeAddr(UPTR, tu.elem), ir.Const(INT, n_elems)], e.pos, what=what)
            p = self.temp(UPTR, pre, arr, "~lit")
            self.fill(p, tu, e, pre)
            return ir.Seq(t, pre, ir.Make(t, [p, ir.Const(INT, n_elems), ir.Const(INT, n_elems)]))
        if isinstance(tu, (Array, Struct)):
            loc = self.new_local("~lit", t)
            loc.in_frame = True
            ref = ir.LocalRef(t, loc)
            pre.append(ir.Assign(ref, ir.Nil(t)))
            self.fill(self.temp(UPTR, pre, ir.AddrOf(UPTR, ref), "~p"), tu, e, pre)
            return ir.Seq(t, pre, ir.LocalRef(t, loc))
        return self.composite_other(e, t, pre)

    def composite_other(self, e: n.CompositeLit, t: Type, pre: list[ir.Stmt]) -> ir.Expr:
        tu = t.underlying()
        if not isinstance(tu, Map):
            raise self.unsupported(e, f"composite literals of type {t}")
        self.pb.need_type(t)
        m = self.temp(UPTR, pre, ir.Call(UPTR, "runtime.makemap", [ir.TypeAddr(UPTR, t), ir.Const(INT, len(e.elems))]), "~m")
        for el in e.elems:
            assert isinstance(el, n.KeyValueExpr)
            k = self.spill(self.lit_elem(el.key, tu.key, pre), pre)
            v = self.temp(tu.elem, pre, self.lit_elem(el.value, tu.elem, pre), "~v")
            vp = ir.Call(UPTR, "runtime.mapassign", [ir.TypeAddr(UPTR, t), m, ir.Convert(UPTR, k)])
            pre.append(ir.Assign(ir.Load(tu.elem, ir.Convert(Pointer(tu.elem), vp)), v))
        return ir.Seq(t, pre, ir.Convert(t, m))

    def lit_elem(self, val: n.Expr, t: Type, out: list[ir.Stmt]) -> ir.Expr:
        return self.convert(self.expr(val), t)

    def heap_composite(self, e: n.CompositeLit, pt: Type, pos: n.Pos | None = None) -> ir.Expr:
        """&T{...}: a new heap object filled with the literal's elements."""
        ptu = pt.underlying()
        assert isinstance(ptu, Pointer)
        et = ptu.elem
        eu = et.underlying()
        what = f"&{type_string(et, self.pb.pkg.path)}{{...}}"
        if not isinstance(eu, (Array, Struct)):
            pre: list[ir.Stmt] = []
            v = self.composite(e, et)
            return self.new_value(v, pt, pre)
        pre = []
        self.pb.need_type(et)
        p = self.temp(UPTR, pre, ir.Call(UPTR, "runtime.newobject", [ir.TypeAddr(UPTR, et)], pos or e.pos, what=what), "~new")
        self.fill(p, eu, e, pre)
        return ir.Seq(pt, pre, ir.Convert(pt, p))

    def new_value(self, v: ir.Expr, pt: Type, pre: list[ir.Stmt]) -> ir.Expr:
        ptu = pt.underlying()
        assert isinstance(ptu, Pointer)
        self.pb.need_type(ptu.elem)
        p = self.temp(pt, pre, ir.Convert(pt, ir.Call(UPTR, "runtime.newobject", [ir.TypeAddr(UPTR, ptu.elem)])), "~new")
        pre.append(ir.Assign(ir.Load(ptu.elem, p), self.convert(v, ptu.elem)))
        return ir.Seq(pt, pre, p)

    def lit_length(self, e: n.CompositeLit) -> int:
        idx = 0
        most = 0
        for el in e.elems:
            if isinstance(el, n.KeyValueExpr):
                kv = self.info.types[el.key].val
                assert isinstance(kv, int)
                idx = kv
            idx += 1
            most = max(most, idx)
        return most

    def fill(self, p: ir.Expr, tu: Type, e: n.CompositeLit, out: list[ir.Stmt]) -> None:
        """Store the elements of literal e at address p (zeroed memory of type tu)."""
        if isinstance(tu, Struct):
            offs = tu.offsets()
            for i, el in enumerate(e.elems):
                if isinstance(el, n.KeyValueExpr):
                    assert isinstance(el.key, n.Name)
                    fobj = self.info.uses.get(el.key)
                    k = next(j for j, f in enumerate(tu.fields) if f is fobj or f.name == el.key.value)
                    val = el.value
                else:
                    k, val = i, el
                ft = tu.fields[k].type
                self.store_elem(ir.PtrAdd(UPTR, p, ir.Const(INT, offs[k])), ft, val, out)
            return
        assert isinstance(tu, (Array, Slice))
        es = sizeof(tu.elem)
        idx = 0
        for el in e.elems:
            val = el
            if isinstance(el, n.KeyValueExpr):
                kv = self.info.types[el.key].val
                assert isinstance(kv, int)
                idx = kv
                val = el.value
            self.store_elem(ir.PtrAdd(UPTR, p, ir.Const(INT, idx * es)), tu.elem, val, out)
            idx += 1

    def store_elem(self, addr: ir.Expr, t: Type, val: n.Expr, out: list[ir.Stmt]) -> None:
        inner = val
        while isinstance(inner, n.ParenExpr):
            inner = inner.x
        tv = self.info.types.get(inner)
        if isinstance(inner, n.CompositeLit) and tv is not None and identical(tv.type, t) and isinstance(t.underlying(), (Array, Struct)):
            self.fill(self.temp(UPTR, out, addr, "~p"), t.underlying(), inner, out)
            return
        out.append(ir.Assign(ir.Load(t, ir.Convert(Pointer(t), addr)), self.convert(self.expr(val), t)))

    def escape_root(self, e: n.Expr) -> None:
        """The variable containing e may be referenced by a pointer that escapes: give
        it a heap cell."""
        while True:
            while isinstance(e, n.ParenExpr):
                e = e.x
            if isinstance(e, n.IndexExpr):
                _, xt, _ = self.tv(e.x)
                if not isinstance(xt.underlying(), Array):
                    return
                e = e.x
            elif isinstance(e, n.SelectorExpr) and self.is_field_of_value(e):
                e = e.x
            else:
                break
        if isinstance(e, n.Name):
            obj = self.info.uses.get(e) or self.info.defs.get(e)
            if isinstance(obj, Var) and not obj.is_global:
                self.local_for(obj).addr_taken = True

    def is_field_of_value(self, e: n.SelectorExpr) -> bool:
        """Whether e selects a field stored inside the value of e.x (no pointer hop)."""
        sel = self.field_selection(e)
        if sel is None:
            return False
        _, xt, _ = self.tv(e.x)
        return not sel.indirect and not isinstance(xt.underlying(), Pointer)

    def field_selection(self, e: n.SelectorExpr) -> Selection | None:
        obj = self.info.uses.get(e.sel)
        if not isinstance(obj, Var) or obj.is_global:
            return None
        xtv = self.info.types.get(e.x)
        if xtv is None or xtv.mode == Mode.TYPEXPR:
            return None
        sel = lookup(xtv.type, obj.name, obj.pkg)
        # (in an instance the field is the substituted struct's: the same name, not object)
        return sel if isinstance(sel.obj, Var) and sel.obj.name == obj.name else None

    def field_addr(self, e: n.SelectorExpr, out: list[ir.Stmt]) -> ir.Expr:
        """The address of the field that e selects (through embedded fields and pointers)."""
        sel = self.field_selection(e)
        if sel is None:
            raise self.unsupported(e, "selector expressions")
        _, xt, _ = self.tv(e.x)
        xu = xt.underlying()
        if isinstance(xu, Pointer):
            base: ir.Expr = self.temp(UPTR, out, ir.Convert(UPTR, ir.NilCheck(xt, self.expr(e.x))), "~p")
            cur = xu.elem
        else:
            base = self.temp(UPTR, out, ir.Convert(UPTR, self.addr(e.x, out)), "~p")
            cur = xt
        for k, i in enumerate(sel.index):
            st = cur.underlying()
            assert isinstance(st, Struct)
            ft = st.fields[i].type
            off = st.offsets()[i]
            addr: ir.Expr = ir.PtrAdd(UPTR, base, ir.Const(INT, off)) if off else base
            if k < len(sel.index) - 1 and isinstance(ft.underlying(), Pointer):
                # an embedded *T on the way: follow it
                ptu = ft.underlying()
                assert isinstance(ptu, Pointer)
                base = self.temp(UPTR, out, ir.Convert(UPTR, ir.NilCheck(ft, ir.Load(ft, ir.Convert(Pointer(ft), addr)))), "~p")
                cur = ptu.elem
            else:
                base = addr
                cur = ft
        return ir.Convert(Pointer(cur), base)

    def addr(self, e: n.Expr, out: list[ir.Stmt]) -> ir.Expr:
        """A pointer to e: to the variable it denotes if it is addressable, else to a
        temporary copy of its value (an operand that is only read through the pointer)."""
        while isinstance(e, n.ParenExpr):
            e = e.x
        _, t, _ = self.tv(e)
        pt = Pointer(t)
        if isinstance(e, n.Name):
            obj = self.info.uses.get(e) or self.info.defs.get(e)
            if isinstance(obj, Var):
                ref = self.var_ref(obj)
                if isinstance(ref, ir.LocalRef) and not ref.local.addr_taken:
                    ref.local.in_frame = True
                return ir.AddrOf(pt, ref)
        elif isinstance(e, n.StarExpr):
            return ir.NilCheck(pt, self.expr(e.x))
        elif isinstance(e, n.IndexExpr):
            _, xt, _ = self.tv(e.x)
            xu = xt.underlying()
            if not (isinstance(xu, Basic) and xu.is_string()) and not isinstance(xu, Map):
                return ir.Convert(pt, self.index_addr(e, out))
        elif isinstance(e, n.SelectorExpr):
            obj = self.info.uses.get(e.sel)
            if isinstance(obj, Var) and obj.is_global:
                return ir.AddrOf(pt, self.var_ref(obj))
            if self.field_selection(e) is not None:
                return self.field_addr(e, out)
        return self.spill(self.expr(e), out)

    def spill(self, x: ir.Expr, out: list[ir.Stmt]) -> ir.Expr:
        """Store a value in a frame temporary and return its address."""
        loc = self.new_local("~spill", x.type)
        loc.in_frame = True
        ref = ir.LocalRef(x.type, loc)
        out.append(ir.Assign(ref, x))
        return ir.AddrOf(Pointer(x.type), ref)

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
            s = self.temp(xt, out, self.expr(e.x), "~ss")
            cap = self.temp(INT, out, ir.Part(INT, s, 2), "~cap")
            lo = self.temp(INT, out, self.convert(self.expr(e.lo), INT) if e.lo else ir.Const(INT, 0), "~lo")
            hi = self.temp(INT, out, self.convert(self.expr(e.hi), INT) if e.hi else ir.Part(INT, s, 1), "~hi")
            mx = self.temp(INT, out, self.convert(self.expr(e.max), INT) if e.max else cap, "~max")
            if e.max:
                out.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.checkSlice3", [lo, hi, mx, cap])))
            else:
                out.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.checkSliceCap", [lo, hi, cap])))
            es = sizeof(xu.elem)
            ptr = ir.PtrAdd(UPTR, ir.Part(UPTR, s, 0), ir.Binary(INT, "*", lo, ir.Const(INT, es), INT))
            return ir.Seq(t, out, ir.Make(t, [ptr, ir.Binary(INT, "-", hi, lo, INT), ir.Binary(INT, "-", mx, lo, INT)]))
        if isinstance(xu, Pointer) and isinstance(xu.elem.underlying(), Array):
            arr = xu.elem.underlying()
            base: ir.Expr = self.temp(UPTR, out, ir.Convert(UPTR, ir.NilCheck(xu, self.expr(e.x))), "~pa")
        elif isinstance(xu, Array):
            arr = xu
            self.escape_root(e.x)
            base = self.temp(UPTR, out, ir.Convert(UPTR, self.addr(e.x, out)), "~pa")
        else:
            raise self.unsupported(e, f"slicing {xt}")
        assert isinstance(arr, Array)
        cap = self.temp(INT, out, ir.Const(INT, arr.length), "~cap")
        lo = self.temp(INT, out, self.convert(self.expr(e.lo), INT) if e.lo else ir.Const(INT, 0), "~lo")
        hi = self.temp(INT, out, self.convert(self.expr(e.hi), INT) if e.hi else cap, "~hi")
        mx = self.temp(INT, out, self.convert(self.expr(e.max), INT) if e.max else cap, "~max")
        if e.max:
            out.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.checkSlice3Len", [lo, hi, mx, cap])))
        else:
            out.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.checkSlice", [lo, hi, cap])))
        es = sizeof(arr.elem)
        ptr = ir.PtrAdd(UPTR, base, ir.Binary(INT, "*", lo, ir.Const(INT, es), INT))
        return ir.Seq(t, out, ir.Make(t, [ptr, ir.Binary(INT, "-", hi, lo, INT), ir.Binary(INT, "-", mx, lo, INT)]))

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
        gen = self.generic_ref(fun)
        if gen is not None:
            sel = self.generic_selector(fun)
            if sel is not None:
                return self.method_call(e, sel, gen[1])
            fun = gen[0]
        if isinstance(fun, n.Name):
            obj = self.info.uses.get(fun)
        elif isinstance(fun, n.SelectorExpr):
            obj = self.info.uses.get(fun.sel)
        if isinstance(obj, Builtin):
            return self.builtin(e, obj.name, t)
        if isinstance(obj, Func) and isinstance(fun, n.SelectorExpr) and self.is_method_selector(fun):
            return self.method_call(e, fun, obj)
        if not isinstance(obj, Func) or isinstance(fun, n.SelectorExpr) and not self.is_pkg_selector(fun):
            return self.call_value(e, t)
        sig = obj.type
        if gen is not None:
            sig = self.tv(e.fun)[1]
        assert isinstance(sig, Signature)
        args = self.call_args(e, sig)
        rt: Type = Tuple(sig.results) if len(sig.results) != 1 else sig.results[0].type
        return ir.Call(rt, self.func_ref(gen[0], obj) if gen is not None else self.pb.func_symbol(obj), args, e.lparen, lparen=e.lparen)

    def call_value(self, e: n.CallExpr, t: Type) -> ir.Expr:
        """A call of a func value: the closure goes in the context register."""
        _, ft, _ = self.tv(e.fun)
        sig = ft.underlying()
        if not isinstance(sig, Signature):
            raise self.unsupported(e, f"calls of {ft}")
        pre: list[ir.Stmt] = []
        clo = self.temp(UPTR, pre, ir.NilCheck(UPTR, ir.Convert(UPTR, self.expr(e.fun))), "~fn")
        args = self.call_args(e, sig)
        rt: Type = Tuple(sig.results) if len(sig.results) != 1 else sig.results[0].type
        call = ir.Call(rt, "", args, e.lparen, closure=clo, lparen=e.lparen)
        return ir.Seq(rt, pre, call)

    def is_pkg_selector(self, e: n.SelectorExpr) -> bool:
        return isinstance(e.x, n.Name) and isinstance(self.info.uses.get(e.x), PkgName)

    def is_method_selector(self, e: n.SelectorExpr) -> bool:
        """x.M with x a value (not a package, not a type: method expressions are values)."""
        if self.is_pkg_selector(e):
            return False
        xtv = self.info.types.get(e.x)
        return xtv is not None and xtv.mode != Mode.TYPEXPR

    def concrete_method(self, fun: n.SelectorExpr, m: Func) -> Func:
        """In an instance, x.M on a value of type-parameter type (the constraint's
        method) selects the type argument's own method."""
        sig = m.type
        _, xt, _ = self.tv(fun.x)
        if isinstance(sig, Signature) and sig.recv is None and not isinstance(xt.underlying(), Interface):
            found = lookup(xt, m.name, m.pkg).obj
            if isinstance(found, Func):
                return found
        return m

    def generic_method(self, fun: n.SelectorExpr, m: Func) -> tuple[Func, str] | None:
        """For a generic method (Go 1.27) selected by fun: the method as declared for the
        receiver's concrete type and the symbol of its instance; None for other methods."""
        sig = m.type
        if not isinstance(sig, Signature) or not sig.tparams or sig.recv is None:
            return None
        targs = self.info.instances.get(fun.sel)
        if not targs:
            raise self.unsupported(fun, "generic method without type arguments")
        _, xt, _ = self.tv(fun.x)
        found = lookup(xt, m.name, m.pkg).obj
        if isinstance(found, Func):
            m = found
        return m, self.pb.instances.generic_method(m, targs)

    def method_call(self, e: n.CallExpr, fun: n.SelectorExpr, m: Func) -> ir.Expr:
        m = self.concrete_method(fun, m)
        gm = self.generic_method(fun, m)
        msym = ""
        if gm is not None:
            m, msym = gm
        sig = m.type if gm is None else self.tv(e.fun)[1].underlying()
        assert isinstance(sig, Signature)
        rt: Type = Tuple(sig.results) if len(sig.results) != 1 else sig.results[0].type
        pre: list[ir.Stmt] = []
        recv = self.method_receiver(fun, m, pre)
        args = self.call_args(e, sig)
        if isinstance(recv, tuple):
            ifv, it = recv
            v = self.temp(it, pre, ifv, "~iv")
            tab = ir.NilCheck(UPTR, ir.Part(UPTR, v, 0))
            fn = ir.Load(UPTR, ir.PtrAdd(UPTR, tab, ir.Const(INT, 24 + 8 * iface_method_index(it, m.name))))
            call = ir.Call(rt, "", [ir.Part(UPTR, v, 1), *args], e.lparen, fn=fn, what=escape_text(fun), lparen=e.lparen)
        else:
            call = ir.Call(rt, msym or self.pb.method_sym(m), [recv, *args], e.lparen, lparen=e.lparen)
        return ir.Seq(rt, pre, call) if pre else call

    def method_receiver(self, fun: n.SelectorExpr, m: Func, out: list[ir.Stmt]) -> ir.Expr | tuple[ir.Expr, Type]:
        """The receiver argument for calling method m selected by fun, or (interface
        value, interface type) for a dynamically dispatched call."""
        _, xt, _ = self.tv(fun.x)
        sel = lookup(xt, m.name, m.pkg)
        path = sel.index[:-1]
        xu = xt.underlying()
        if isinstance(xu, Interface):
            return self.expr(fun.x), xt
        pr = ptr_recv(m)
        if not path and not isinstance(xu, Pointer) and not pr:
            return self.expr(fun.x)
        if isinstance(xu, Pointer):
            base: ir.Expr = self.temp(UPTR, out, ir.Convert(UPTR, self.expr(fun.x)), "~p")
            cur = xu.elem
            from_ptr = True
        else:
            if pr:
                self.escape_root(fun.x)
            base = self.temp(UPTR, out, ir.Convert(UPTR, self.addr(fun.x, out)), "~p")
            cur = xt
            from_ptr = False
        base, cur = self.walk_path(base, cur, path, from_ptr, out)
        return self.finish_receiver(base, cur, m, bool(path) or from_ptr, out)

    def walk_path(self, base: ir.Expr, cur: Type, path: list[int], check: bool, out: list[ir.Stmt]) -> tuple[ir.Expr, Type]:
        """Follow embedded fields from the value of type cur at base."""
        for i in path:
            st = cur.underlying()
            assert isinstance(st, Struct)
            if check:
                base = ir.NilCheck(UPTR, base)
            ft = st.fields[i].type
            off = st.offsets()[i]
            addr = ir.PtrAdd(UPTR, base, ir.Const(INT, off)) if off else base
            ftu = ft.underlying()
            if isinstance(ftu, Pointer):
                base = self.temp(UPTR, out, ir.Convert(UPTR, ir.Load(ft, ir.Convert(Pointer(ft), addr))), "~p")
                cur = ftu.elem
                check = True
            else:
                base = self.temp(UPTR, out, addr, "~p")
                cur = ft
        return base, cur

    def finish_receiver(self, base: ir.Expr, cur: Type, m: Func, check: bool, out: list[ir.Stmt]) -> ir.Expr | tuple[ir.Expr, Type]:
        if isinstance(cur.underlying(), Interface):
            return ir.Load(cur, ir.NilCheck(UPTR, base) if check else base), cur
        sig = m.type
        assert isinstance(sig, Signature) and sig.recv is not None
        rt = sig.recv.type
        if ptr_recv(m):
            return ir.Convert(rt, base)
        return ir.Load(rt, ir.NilCheck(UPTR, base) if check else base)

    def tuple_call(self, x: ir.Expr, out: list[ir.Stmt]) -> ir.Call:
        """A multi-result call, with any statements lowered before it moved to out."""
        while isinstance(x, ir.Seq):
            out.extend(x.stmts)
            x = x.value
        assert isinstance(x, ir.Call) and isinstance(x.type, Tuple)
        return x

    def call_args(self, e: n.CallExpr, sig: Signature) -> list[ir.Expr]:
        params = sig.params
        if len(e.args) == 1 and len(params) > 1 or (len(e.args) == 1 and isinstance(self.info.types[e.args[0]].type, Tuple)):
            inner = self.expr(e.args[0])
            pre: list[ir.Stmt] = []
            if isinstance(inner, ir.Seq) and isinstance(inner.value, ir.Call) and isinstance(inner.type, Tuple):
                pre.extend(inner.stmts)
                inner = inner.value
            if isinstance(inner, ir.Call) and isinstance(inner.type, Tuple):
                temps: list[ir.Expr | None] = [ir.LocalRef(v.type, self.new_local("~a", v.type)) for v in inner.type.vars]
                pre.append(ir.AssignCall(temps, inner))
                vals = [tmp for tmp in temps if tmp is not None]
                if sig.variadic:
                    fixed = len(params) - 1
                    packed = self.pack_variadic(params[-1].type, vals[fixed:], e.lparen)
                    conv = [self.convert(v, p.type) for v, p in zip(vals[:fixed], params, strict=False)] + [packed]
                else:
                    conv = [self.convert(v, p.type) for v, p in zip(vals, params, strict=True)]
                first = conv[0]
                conv[0] = ir.Seq(first.type, pre, first)
                return conv
        pre1: list[ir.Stmt] = []
        order.hoist(self, e.args, pre1)
        args = [self.expr(a) for a in e.args]
        if sig.variadic and not e.has_dots:
            fixed = len(params) - 1
            out = [self.convert(a, p.type) for a, p in zip(args[:fixed], params, strict=False)]
            out.append(self.pack_variadic(params[-1].type, args[fixed:], e.lparen))
        else:
            out = [self.convert(a, p.type) for a, p in zip(args, params, strict=True)]
        if pre1:
            out[0] = ir.Seq(out[0].type, pre1, out[0])
        return out

    def pack_variadic(self, st: Type, vals: list[ir.Expr], pos: n.Pos = n.NOPOS) -> ir.Expr:
        su = st.underlying()
        assert isinstance(su, Slice)
        if not vals:
            return ir.Nil(st)
        es = sizeof(su.elem)
        pre: list[ir.Stmt] = []
        self.pb.need_type(su.elem)
        arr = ir.Call(UPTR, "runtime.newarray", [ir.TypeAddr(UPTR, su.elem), ir.Const(INT, len(vals))], pos, what="... argument")
        p = self.temp(UPTR, pre, arr, "~va")
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
            if isinstance(au, Map) and name == "len":
                return ir.Call(INT, "runtime.maplen", [ir.Convert(UPTR, x)])
            if isinstance(au, Chan):
                return concurrency.chan_builtin(self, e, name)
            if isinstance(au, Pointer) and isinstance(au.elem.underlying(), Array):
                au = au.elem.underlying()
            if isinstance(au, Array):
                # Not a constant only because the operand has calls or receives: evaluate it
                # for its effects (a nil pointer is not dereferenced), the length is fixed.
                return ir.Seq(INT, [ir.ExprStmt(x)], ir.Const(INT, au.length))
            raise self.unsupported(e, f"{name} of {at}")
        if name in ("print", "println"):
            stmts: list[ir.Stmt] = []
            values: list[tuple[n.Expr, ir.Expr]] = []
            tt = self.info.types[args[0]].type if len(args) == 1 else None
            if isinstance(tt, Tuple):
                # println(f()) with f returning several values: print each result
                tt = final_type(tt)
                assert isinstance(tt, Tuple)
                temps = [ir.LocalRef(final_type(v.type), self.new_local("~pr", final_type(v.type))) for v in tt.vars]
                stmts.append(ir.AssignCall(list(temps), self.tuple_call(self.expr(args[0]), stmts)))
                values = [(args[0], t) for t in temps]
            else:
                values = [(a, self.expr(a)) for a in args]
            return self.print_values(name, values, stmts)
        if name == "recover":
            return ir.Call(u.ANY, "runtime.gorecover", [], e.pos)
        if name in ("min", "max"):
            return minmax.minmax(self, name, t, [self.expr(a) for a in args])
        if name in ("complex", "real", "imag"):
            return complexops.builtin(self, name, t, [self.expr(a) for a in args])
        if name == "panic":
            x = self.convert(self.expr(args[0]), u.ANY)
            return ir.Call(Tuple([]), "runtime.gopanic", [x], e.lparen, noreturn=True)
        if name == "new":
            et = self.info.types[args[0]].type
            self.pb.need_type(et)
            what = f"new({type_string(et, self.pb.pkg.path)})"
            return ir.Convert(t, ir.Call(UPTR, "runtime.newobject", [ir.TypeAddr(UPTR, et)], e.lparen, what=what))
        if name == "make":
            st = self.info.types[args[0]].type
            su = st.underlying()
            if isinstance(su, Map):
                self.pb.need_type(st)
                hint = self.convert(self.expr(args[1]), INT) if len(args) > 1 else ir.Const(INT, 0)
                return ir.Convert(st, ir.Call(UPTR, "runtime.makemap", [ir.TypeAddr(UPTR, st), hint]))
            if isinstance(su, Chan):
                return concurrency.make_chan(self, e, st)
            if not isinstance(su, Slice):
                raise self.unsupported(e, f"make({st})")
            self.pb.need_type(su.elem)
            pre: list[ir.Stmt] = []
            ln = self.temp(INT, pre, self.convert(self.expr(args[1]), INT), "~len")
            cap = self.temp(INT, pre, self.convert(self.expr(args[2]), INT), "~cap") if len(args) > 2 else ln
            p = ir.Call(UPTR, "runtime.makeslice", [ir.TypeAddr(UPTR, su.elem), ln, cap])
            return ir.Seq(st, pre, ir.Make(st, [p, ln, cap]))
        if name == "append":
            return self.append(e, t)
        if name == "close":
            return concurrency.chan_builtin(self, e, name)
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
        if name in ("Sizeof", "Alignof"):
            # not constant only in generic code: the instance's type is concrete
            _, at, _ = self.tv(args[0])
            at = final_type(at)
            return ir.Const(t, sizeof(at) if name == "Sizeof" else alignof(at))
        if name == "Offsetof":
            sel = args[0]
            while isinstance(sel, n.ParenExpr):
                sel = sel.x
            assert isinstance(sel, n.SelectorExpr)
            _, bt, _ = self.tv(sel.x)
            r = field_offset(bt, sel.sel.value, self.pb.pkg)
            assert not isinstance(r, str)
            return ir.Const(t, r[0])
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
        if name == "delete":
            _, mt, _ = self.tv(args[0])
            mu = mt.underlying()
            assert isinstance(mu, Map)
            pre = []
            m = self.temp(UPTR, pre, ir.Convert(UPTR, self.expr(args[0])), "~m")
            k = self.spill(self.convert(self.expr(args[1]), mu.key), pre)
            self.pb.need_type(mt)
            return ir.Seq(Tuple([]), pre, ir.Call(Tuple([]), "runtime.mapdelete", [ir.TypeAddr(UPTR, mt), m, ir.Convert(UPTR, k)]))
        if name == "clear":
            _, ct, _ = self.tv(args[0])
            if isinstance(ct.underlying(), Map):
                self.pb.need_type(ct)
                return ir.Call(Tuple([]), "runtime.mapclear", [ir.TypeAddr(UPTR, ct), ir.Convert(UPTR, self.expr(args[0]))])
            cu = ct.underlying()
            if isinstance(cu, Slice):
                pre = []
                sl = self.temp(ct, pre, self.expr(args[0]), "~s")
                size = ir.Binary(u.UINTPTR, "*", ir.Convert(u.UINTPTR, ir.Part(INT, sl, 1)), ir.Const(u.UINTPTR, sizeof(cu.elem)), u.UINTPTR)
                return ir.Seq(Tuple([]), pre, ir.Call(Tuple([]), "runtime.memclr", [ir.Part(UPTR, sl, 0), size]))
        raise self.unsupported(e, f"built-in {name}")

    def print_values(self, name: str, values: list[tuple[n.Expr, ir.Expr]], stmts: list[ir.Stmt]) -> ir.Expr:
        """print or println of values (each with its syntax, for its type), after stmts."""
        for i, (a, x) in enumerate(values):
            if i > 0 and name == "println":
                stmts.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.printsp", [])))
            stmts.append(ir.ExprStmt(self.print_call(a, x)))
        if name == "println":
            stmts.append(ir.ExprStmt(ir.Call(Tuple([]), "runtime.printnl", [])))
        return ir.Seq(Tuple([]), stmts, ir.Const(BOOL, False))

    def print_call(self, a: n.Expr, x: ir.Expr) -> ir.Expr:
        """One argument of print/println; x is a local when this builds a go/defer thunk,
        whose body must not take temporaries of this function."""
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
            if t.is_complex():
                return complexops.print_call(self, x)
            if t.is_float():
                fn = "runtime.printfloat32" if t.kind == Kind.FLOAT32 else "runtime.printfloat"
                return ir.Call(Tuple([]), fn, [ir.Convert(u.FLOAT64, x)])
        if isinstance(t, (Pointer, Map, Chan, Signature)):
            return ir.Call(Tuple([]), "runtime.printpointer", [ir.Convert(UPTR, x)])
        if isinstance(t, Slice):
            pre: list[ir.Stmt] = []
            sl = x if isinstance(x, ir.LocalRef) else self.temp(x.type, pre, x, "~p")
            return ir.Seq(Tuple([]), pre, ir.Call(Tuple([]), "runtime.printslice",
                                                  [ir.Part(UPTR, sl, 0), ir.Part(INT, sl, 1), ir.Part(INT, sl, 2)]))
        if isinstance(t, Interface):
            pre = []
            iv = x if isinstance(x, ir.LocalRef) else self.temp(x.type, pre, x, "~p")
            return ir.Seq(Tuple([]), pre, ir.Call(Tuple([]), "runtime.printeface", [ir.Part(UPTR, iv, 0), ir.Part(UPTR, iv, 1)]))
        raise self.unsupported(a, f"print of {x.type}")

    def append(self, e: n.CallExpr, t: Type) -> ir.Expr:
        su = t.underlying()
        assert isinstance(su, Slice)
        es = sizeof(su.elem)
        self.pb.need_type(su.elem)
        pre: list[ir.Stmt] = []
        s = self.temp(t, pre, self.convert(self.expr(e.args[0]), t), "~as")
        if e.has_dots:
            # one runtime call: the inline grow-and-copy sequence costs about three
            # times its code at every such append
            other = self.expr(e.args[1])
            o = self.temp(other.type, pre, other, "~o")
            args = [ir.Part(UPTR, s, 0), ir.Part(INT, s, 1), ir.Part(INT, s, 2), ir.Part(UPTR, o, 0), ir.Part(INT, o, 1),
                    ir.TypeAddr(UPTR, su.elem)]
            return ir.Seq(t, pre, ir.Call(t, "runtime.appendslice", args))
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
        for i, it in enumerate(items):
            off = ir.Binary(INT, "*", ir.Binary(INT, "+", old, ir.Const(INT, i), INT), ir.Const(INT, es), INT)
            pre.append(ir.Assign(ir.Load(su.elem, ir.PtrAdd(Pointer(su.elem), ptr, off)), it))
        return ir.Seq(t, pre, ir.Make(t, [ptr, newlen, cap]))


def box_pos(e: n.Expr) -> n.Pos:
    """Where gc reports the boxing of e: x.f at its ".", a call at its "("."""
    if isinstance(e, n.SelectorExpr):
        return n.Pos(e.sel.pos.line, e.sel.pos.col - 1)
    if isinstance(e, n.CallExpr):
        return e.lparen
    return e.pos


def contains_defer(stmts: list[n.Stmt]) -> bool:
    """Whether a function body has a defer statement (outside nested func literals)."""
    import dataclasses

    stack: list[object] = list(stmts)
    while stack:
        x = stack.pop()
        if isinstance(x, n.DeferStmt):
            return True
        if isinstance(x, n.FuncLit):
            continue
        if isinstance(x, list):
            stack.extend(x)
        elif isinstance(x, n.Node) and dataclasses.is_dataclass(x):
            stack.extend(getattr(x, f.name) for f in dataclasses.fields(x))
    return False


def obj_file(t: Named) -> str:
    return t.obj.file


class PackageBuilder:
    def __init__(self, pkg: Package, info: Info, op_assign: dict[n.AssignStmt, n.BinaryExpr]) -> None:
        self.pkg = pkg
        self.info = info
        self.op_assign = op_assign
        self.types: dict[str, Type] = {}
        self.itabs: dict[str, tuple[Type, Type]] = {}
        self.funcvals: dict[str, str] = {}
        self.boxed_calls: list[tuple[ir.Call, ir.Call, str]] = []
        self.extra_funcs: list[ir.Func] = []  # func literals and method value bodies
        self.init_symbols: dict[Func, str] = {}
        self.instances = Instances(self)

    def need_type(self, t: Type) -> None:
        from pogo.compile.ir.typesym import type_symbol

        self.types[type_symbol(t)] = t

    def use_global(self, v: Var) -> None:
        pass

    def funcval(self, sym: str) -> str:
        """The static closure of a function without captured variables."""
        fv = sym + "·f"
        self.funcvals[fv] = sym
        return fv

    def need_itab(self, t: Type, iface: Type) -> str:
        from pogo.compile.ir.typesym import type_link_name

        sym = f"go:itab.{type_link_name(t)},{type_link_name(iface)}"
        self.itabs[sym] = (t, iface)
        self.need_type(t)
        self.need_type(iface)
        return sym

    def method_sym(self, m: Func) -> str:
        """method_symbol(m), queueing the method's instance if m belongs to one."""
        sym = method_symbol(m)
        named = recv_named(m)
        if named is not None and named.targs:
            self.instances.method(m, sym)
        return sym

    def func_symbol(self, f: Func) -> str:
        s = self.init_symbols.get(f)
        if s is not None:
            return s
        return method_symbol(f)

    def wrappers(self) -> list[ir.Func]:
        """``(*T).M`` for every value or promoted method of this package's named types."""
        out: list[ir.Func] = []
        for obj in self.pkg.scope.names.values():
            if not isinstance(obj, TypeName) or not isinstance(obj.type, Named) or obj.type.obj is not obj:
                continue
            named = obj.type
            if isinstance(named.underlying(), Interface) or named.tparams:
                continue
            for m, sel in method_set(Pointer(named)):
                if needs_wrapper(m, sel):
                    out.append(self.wrapper(named, m, sel))
        return out

    def wrapper(self, named: Type, m: Func, sel: Selection) -> ir.Func:
        """``(*T).M`` of named type T, or of an unnamed struct type T with promoted M."""
        from pogo.compile.ir.methods import ifn_symbol

        file = obj_file(named) if isinstance(named, Named) else "<autogenerated>"
        fb = FuncBuilder(self, file)
        sig = m.type
        assert isinstance(sig, Signature)
        recv = fb.new_local("~recv", Pointer(named))
        params = [recv]
        for i, p in enumerate(sig.params):
            loc = fb.new_local("~p", p.type)
            loc.param_index = i
            params.append(loc)
        results = []
        for i, r in enumerate(sig.results):
            loc = fb.new_local("~r", r.type)
            loc.result_index = i
            results.append(loc)
        body: list[ir.Stmt] = []
        base0: ir.Expr = ir.Convert(UPTR, ir.LocalRef(recv.type, recv))
        base, cur = fb.walk_path(base0, named, sel.index[:-1], True, body)
        rcv = fb.finish_receiver(base, cur, m, True, body)
        rt: Type = Tuple(sig.results) if len(sig.results) != 1 else sig.results[0].type
        args: list[ir.Expr] = [ir.LocalRef(p.type, p) for p in params[1:]]
        if isinstance(rcv, tuple):
            ifv, it = rcv
            v = fb.temp(it, body, ifv, "~iv")
            tab = ir.NilCheck(UPTR, ir.Part(UPTR, v, 0))
            fn = ir.Load(UPTR, ir.PtrAdd(UPTR, tab, ir.Const(INT, 24 + 8 * iface_method_index(it, m.name))))
            call = ir.Call(rt, "", [ir.Part(UPTR, v, 1), *args], fn=fn)
        else:
            call = ir.Call(rt, self.method_sym(m), [rcv, *args])
        if not sig.results:
            body.append(ir.ExprStmt(call))
            body.append(ir.Return([]))
        elif len(sig.results) == 1:
            body.append(ir.Return([call]))
        else:
            temps: list[ir.Expr | None] = [ir.LocalRef(x.type, x) for x in results]
            body.append(ir.AssignCall(temps, call))
            body.append(ir.Return([]))
        return ir.Func(ifn_symbol(named, m.name), file, n.NOPOS, params, results, body, fb.all_locals)

    def build(self) -> ir.Package:
        from pogo.compile.types.unsupported import backend_unsupported

        bad = backend_unsupported(self.pkg, self.info)
        if bad is not None:
            raise Unsupported(*bad)
        path = self.pkg.path
        for i, f in enumerate(self.info.inits):
            self.init_symbols[f] = f"{path}.init.{i}"
        funcs: list[ir.Func] = []
        SOURCES[path] = (self.info, self.op_assign)
        for fi in self.info.funcs:
            if is_generic(fi.obj) or fi.obj.name == "_":
                continue  # blank functions and methods can never be called
            fb = FuncBuilder(self, fi.file)
            funcs.append(fb.build(fi.obj, fi.decl, self.func_symbol(fi.obj)))
        funcs.extend(self.wrappers())
        for obj in self.pkg.scope.names.values():
            if isinstance(obj, Func) and not obj.has_body and obj.symbol() in INTRINSICS:
                funcs.append(ir.Func(obj.symbol(), obj.file, obj.pos, [], [], [], intrinsic=True))
        globals_ = [ir.Global(v.qualified(), v.type) for v in self.info.globals if v.name != "_"]
        by_sym = {g.sym: g for g in globals_}
        statics = StaticInit(self, {})
        # the package initialiser: variable initialisers in order, then init.0, init.1, ...
        init_sym = ""
        if self.info.init_order or self.info.inits:
            init_sym = f"{path}.init"
            fb = FuncBuilder(self, "")
            fb.sym = init_sym
            body: list[ir.Stmt] = []
            for entry in self.info.init_order:
                assert entry.rhs is not None
                if len(entry.lhs) == 1 and entry.lhs[0].name != "_":
                    g = by_sym[entry.lhs[0].qualified()]
                    sd = statics.value(g.sym, g.type, entry.rhs)
                    if sd is not None:
                        if sd.data:
                            g.data, g.relocs = bytes(sd.data), sd.relocs
                        continue
                fb.filename = entry.lhs[0].file
                dsts: list[ir.Expr | None] = [None if v.name == "_" else ir.GlobalRef(v.type, v.qualified()) for v in entry.lhs]
                fb.assign_values(dsts, [v.type for v in entry.lhs], [entry.rhs], body)
            for f in self.info.inits:
                body.append(ir.ExprStmt(ir.Call(Tuple([]), self.init_symbols[f], [])))
            if body:
                files = {e.lhs[0].file for e in self.info.init_order if e.lhs}
                # one file holds every initialiser: its lines (tracebacks, -m reports) name it
                funcs.append(ir.Func(init_sym, files.pop() if len(files) == 1 else "", n.NOPOS, [], [], body, fb.all_locals))
            else:
                init_sym = ""
        for name, (t, sd) in statics.extra.items():
            globals_.append(ir.Global(name, t, bytes(sd.data), sd.relocs))
        funcs.extend(self.instances.drain())
        funcs.extend(self.extra_funcs)
        return ir.Package(path, funcs, globals_, init_sym, statics.strings, types=self.types, itabs=self.itabs,
                          funcvals=self.funcvals, boxed_calls=self.boxed_calls)


__all__ = ["PackageBuilder", "Unsupported", "Const", "TypeName", "Named", "Array"]
