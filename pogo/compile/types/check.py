"""Package-level checking: collecting declarations, resolving them lazily in dependency
order, checking function bodies, unused imports, and the initialisation order of package
variables (spec "Package initialization")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pogo.compile.diag import Diagnostics
from pogo.compile.syntax import nodes as n
from pogo.compile.syntax.scanner import string_lit_bytes
from pogo.compile.types import universe as u
from pogo.compile.types.base import FuncInfo, Mode, Operand
from pogo.compile.types.exprstring import expr_string
from pogo.compile.types.mono import MonoGraph, check_cycles
from pogo.compile.types.objects import Const, Func, Object, Package, PkgName, Scope, TypeName, Var
from pogo.compile.types.stmt import StmtChecker
from pogo.compile.types.types import INVALID, Basic, Kind, Named, Signature, Tuple, Type

Importer = Callable[[str], Package | None]


@dataclass(slots=True)
class DeclInfo:
    """Where a package-level object is declared, for lazy resolution."""

    file_index: int
    node: n.Decl
    lhs: list[Var] | None = None  # for `var a, b = f()`: all variables of the spec
    state: int = 0  # 0 unresolved, 1 in progress, 2 done


class Checker(StmtChecker):
    def __init__(self, pkg: Package, diags: Diagnostics, importer: Importer) -> None:
        super().__init__(pkg, diags, importer)
        self.importer = importer
        self.files: list[n.File] = []
        self.file_scopes: list[Scope] = []
        self.decls: dict[Object, DeclInfo] = {}
        self.order: list[Object] = []  # package-level objects in source order
        self.deps: dict[Object, set[Object]] = {}
        self.cur_deps: set[Object] | None = None
        self.op_assign_exprs = {}
        self.op_assign_fakes = set()
        self.imports_used: list[tuple[PkgName, n.ImportDecl, str]] = []
        self.delayed: list[Callable[[], None]] = []
        self.dot_imports: list[tuple[n.ImportDecl, str, Package, set[int]]] = []
        self.dot_files: dict[int, str] = {}
        self.method_decls: list[tuple[Func, n.FuncDecl, int]] = []
        self.func_scopes: dict[Func, Scope] = {}  # generic functions and methods: type parameters
        self.func_tparams: dict[Func, list[Type]] = {}
        self.partial_inst: dict[n.Expr, tuple[Signature, list[Type]]] = {}  # f[T1](...) with more to infer
        self.blank_tparams: dict[n.Name, Type] = {}
        self.func_lit_depth = 0  # function literals being checked (nesting)
        self.obj_path: list[Object] = []  # package-level objects being resolved, outermost first
        self.cycle_paths: dict[Object, list[Object]] = {}  # a type in progress reached again: the path
        self.preset: dict[n.Expr, Operand] = {}  # operands evaluated ahead (a built-in's lone argument)
        self._local_types: dict[n.TypeDecl, int] | None = None
        self.mono = MonoGraph()
        pkg.scope.parent = u.UNIVERSE

    def later(self, f: Callable[[], None]) -> None:
        """Run f once the package-level declarations are resolved (e.g. completing
        interfaces whose embedded interfaces were not known yet)."""
        self.delayed.append(f)

    def process_delayed(self) -> None:
        while self.delayed:
            fs = self.delayed
            self.delayed = []
            for f in fs:
                f()

    # ------------------------------------------------------------------

    def note_dependency(self, obj: object) -> None:
        if self.cur_deps is not None and isinstance(obj, (Var, Func, Const)) and obj in self.decls:
            self.cur_deps.add(obj)

    def check_files(self, files: list[n.File]) -> None:
        self.files = files
        errors_before = len(self.diags.items)
        self.collect()
        self.check_file_scope_conflicts()
        from pogo.compile.types.methods import associate_methods

        associate_methods(self)
        for obj in list(self.order):
            self.resolve_global(obj)
        self.process_delayed()
        from pogo.compile.types.cycles import check_type_cycles

        check_type_cycles(self)
        self.check_bodies()
        self.process_delayed()
        self.compute_init_order()
        self.check_unused_imports()
        if len(self.diags.items) == errors_before:
            check_cycles(self)  # as gc: only in a package without other errors
        self.pkg.complete = True

    # ------------------------------------------------------------------
    # collection

    def collect(self) -> None:
        for fi, f in enumerate(self.files):
            self.filename = f.filename
            fscope = Scope(self.pkg.scope, "file " + f.filename)
            self.file_scopes.append(fscope)
            for d in f.decls:
                if isinstance(d, n.ImportDecl):
                    self.collect_import(fscope, d)
                elif isinstance(d, n.ConstDecl):
                    for name in d.names:
                        c = Const(name.value, None, self.pkg, 0, name.pos, f.filename)
                        self.declare_global(name, c, DeclInfo(fi, d))
                elif isinstance(d, n.VarDecl):
                    vs = [Var(name.value, None, self.pkg, name.pos, f.filename, is_global=True) for name in d.names]
                    shared = vs if len(d.values) == 1 and len(d.names) > 1 else None
                    for name, v in zip(d.names, vs, strict=True):
                        if self.declare_global(name, v, DeclInfo(fi, d, shared)):
                            self.info.globals.append(v)
                elif isinstance(d, n.TypeDecl):
                    tn = TypeName(d.name.value, None, self.pkg, d.name.pos, f.filename)
                    if not d.alias:
                        tn.type = Named(tn, None)
                    self.declare_global(d.name, tn, DeclInfo(fi, d))
                elif isinstance(d, n.FuncDecl):
                    fn = Func(d.name.value, None, self.pkg, d.name.pos, f.filename)
                    fn.has_body = d.body is not None
                    fn.pragmas = d.pragmas
                    for p in d.pragmas:
                        parts = p.split()
                        if parts and parts[0] == "go:linkname" and len(parts) == 3 and parts[1] == d.name.value:
                            fn.link_name = parts[2]
                    if d.recv is not None:
                        self.info.defs[d.name] = fn
                        self.decls[fn] = DeclInfo(fi, d)
                        self.order.append(fn)
                        self.method_decls.append((fn, d, fi))
                        continue
                    if d.name.value == "init" and not d.tparams:
                        self.info.defs[d.name] = fn
                        self.decls[fn] = DeclInfo(fi, d)
                        self.order.append(fn)
                        self.info.inits.append(fn)
                        if d.body is None:
                            self.error(d.name.pos, "missing function body")
                        continue
                    if d.name.value == "main" and self.pkg.name == "main" and (d.type.params or d.type.results):
                        self.error(d.name.pos, "func main must have no arguments and no return values")
                    self.declare_global(d.name, fn, DeclInfo(fi, d))

    def check_file_scope_conflicts(self) -> None:
        """types2: a package-level name may not also be an import's name in some file."""
        for fscope in self.file_scopes:
            for name, obj in fscope.names.items():
                alt = self.pkg.scope.names.get(name)
                if alt is None:
                    continue
                if isinstance(obj, PkgName):
                    imp = obj.imported
                    msg = (f'{alt.name} already declared through import of package {imp.name} ("{imp.path}")'
                           f"\n\t{obj.file}:{obj.pos.line}:{obj.pos.col}: other declaration of {name}")
                else:
                    p = obj.pkg
                    where = f'package {p.name} ("{p.path}")' if p is not None else "?"
                    msg = f"{alt.name} already declared through dot-import of {where}"
                self.diags.error(alt.file, alt.pos, msg)

    def declare_global(self, ident: n.Name, obj: Object, info: DeclInfo) -> bool:
        """Declare a package-level object; as types2, a non-function init or main (in package
        main) is refused and never checked."""
        if not isinstance(obj, Func):
            if ident.value == "init":
                self.error(ident.pos, "cannot declare init - must be func")
                return False
            if ident.value == "main" and self.pkg.name == "main":
                self.error(ident.pos, "cannot declare main - must be func")
                return False
        self.declare(self.pkg.scope, ident, obj)
        self.decls[obj] = info
        self.order.append(obj)
        return True

    def collect_import(self, fscope: Scope, d: n.ImportDecl) -> None:
        try:
            path = string_lit_bytes(d.path.value).decode()
        except (ValueError, UnicodeDecodeError):
            self.error(d.path.pos, f"invalid import path: {d.path.value}")
            return
        if path == "unsafe":
            imp = Package("unsafe", "unsafe")
            imp.scope = u.make_unsafe_scope()
        else:
            found = self.importer(path)
            if found is None:
                self.error(d.path.pos, f"could not import {path} (no export data)")
                imp = Package(path, path.rsplit("/", 1)[-1])
                imp.fake = True
            else:
                imp = found
        if imp not in self.pkg.imports:
            self.pkg.imports.append(imp)
        name = d.name.value if d.name is not None else imp.name
        if name == ".":
            objs = [o for o in imp.scope.names.values() if o.exported()]
            for o in objs:
                old_o = fscope.insert(o)
                if old_o is not None and old_o is not o:
                    self.error(d.pos, f"{o.name} redeclared in this block")
            self.dot_imports.append((d, path, imp, {id(o) for o in objs}))
            self.dot_files[id(d)] = self.filename
            return
        if name == "_":
            return
        pn = PkgName(name, imp, self.pkg, d.pos, self.filename)
        if d.name is not None:
            self.info.defs[d.name] = pn
        old = fscope.insert(pn)
        if old is not None:
            msg = f"{name} redeclared in this block"
            if old.pos.line:
                msg += f"\n\t{old.file}:{old.pos.line}:{old.pos.col}: other declaration of {name}"
            self.error(d.pos, msg)
        self.imports_used.append((pn, d, path))  # as types2, a redeclared import is still "not used"

    def check_unused_imports(self) -> None:
        if self.dot_imports:
            used_ids = {id(o) for o in self.info.uses.values()}
            for d, path, imp, ids in self.dot_imports:
                if not imp.fake and not (ids & used_ids):
                    self.diags.error(self.dot_files.get(id(d), self.filename), d.pos, f'"{path}" imported and not used')
        for pn, d, path in self.imports_used:
            if not pn.used and not pn.imported.fake:
                self.filename = pn.file
                if d.name is not None and d.name.value != pn.imported.name:
                    self.error(d.pos, f'"{path}" imported as {pn.name} and not used')
                else:
                    self.error(d.pos, f'"{path}" imported and not used')

    # ------------------------------------------------------------------
    # lazy resolution of package-level objects

    def resolve_global(self, obj: Object) -> None:
        info = self.decls.get(obj)
        if info is None or info.state == 2:
            return
        if info.state == 1:
            if obj in self.obj_path:
                cycle = self.obj_path[self.obj_path.index(obj):]
                if isinstance(obj, TypeName):  # for a cycle report, if it is one
                    self.cycle_paths.setdefault(obj, cycle)
                from pogo.compile.types.cycles import valid_decl_cycle

                valid_decl_cycle(self, cycle)  # a value in progress stays invalid meanwhile
            return
        info.state = 1
        self.obj_path.append(obj)
        saved = (self.scope, self.filename, self.iota, self.cur_deps, self.lhs_context)
        self.scope = self.file_scopes[info.file_index]
        self.filename = self.files[info.file_index].filename
        self.lhs_context = False
        d = info.node
        self.cur_deps = self.deps.setdefault(obj, set())
        try:
            if isinstance(d, n.ConstDecl) and isinstance(obj, Const):
                self.const_decl_obj(obj, d)
            elif isinstance(d, n.VarDecl) and isinstance(obj, Var):
                self.var_decl_global(obj, d, info)
            elif isinstance(d, n.TypeDecl) and isinstance(obj, TypeName):
                self.type_decl(obj, d)
            elif isinstance(d, n.FuncDecl) and isinstance(obj, Func):
                self.cur_deps = None
                from pogo.compile.types.generics import func_scope

                fs = func_scope(self, d, obj)
                if fs is not None:
                    self.scope = fs
                sig, _, _ = self.signature(d.type, d.recv)
                if fs is not None:
                    sig.tparams = self.func_tparams.get(obj, [])
                    fs.names.pop("_", None)  # a blank receiver type parameter: the receiver type only
                obj.type = sig
                if d.name.value == "init" and d.recv is None and (sig.params or sig.results):
                    self.error(d.name.pos, "func init must have no arguments and no return values")
        finally:
            self.scope, self.filename, self.iota, self.cur_deps, self.lhs_context = saved
            info.state = 2
            self.obj_path.pop()

    def const_decl_obj(self, obj: Const, d: n.ConstDecl) -> None:
        idx = next(i for i, name in enumerate(d.names) if name.value == obj.name and name.pos == obj.pos)
        self.iota = d.iota
        typ: Type | None = self.typexpr(d.type) if d.type is not None else None
        if typ is not None and typ is not INVALID:
            tu = typ.underlying()
            if not isinstance(tu, Basic):
                self.error(d.type.pos if d.type else d.pos, f"invalid constant type {self.tstr(typ)}")
                obj.type = INVALID
                return
        if idx == 0:
            self.arity(d.names, d.values, True, d.implicit)
        if idx >= len(d.values):
            obj.type = INVALID
            return
        if not d.implicit:
            self.const_from_operand(obj, self.expr(d.values[idx]), typ)
        else:
            self.inherited_const(obj, d.values[idx], typ)

    def arity(self, names: list[n.Name], values: list[n.Expr], const_decl: bool, inherited: bool) -> bool:
        """gc's check that a const or var spec has as many values as names (a single
        value for several variables may be a multi-value call, checked later)."""
        if len(names) < len(values):
            extra = values[len(names)]
            if inherited:  # gc reports an inherited expression's errors at the constant
                self.error(names[0].pos, f"extra init expr at {self.filename}:{extra.pos.line}:{extra.pos.col}")
            else:
                self.error(extra.pos, f"extra init expr {expr_string(extra)}")
            return False
        if len(names) > len(values) and (const_decl or len(values) != 1):
            if values or const_decl:
                self.error(names[len(values)].pos, f"missing init expr for {names[len(values)].value}")
            return not values and not const_decl
        return True

    def inherited_const(self, obj: Const, e: n.Expr, typ: Type | None) -> None:
        """A constant repeating an earlier expression with a new iota: gc reports the
        expression's errors at the constant's name, not at the original expression."""
        first = len(self.diags.items)
        self.const_from_operand(obj, self.expr_implicit(e), typ)
        items = self.diags.items
        for i in range(first, len(items)):
            d = items[i]
            items[i] = type(d)(d.filename, obj.pos, d.msg)

    def expr_implicit(self, e: n.Expr) -> Operand:
        """Re-evaluate an inherited constant expression (new iota) without recording it."""
        saved = dict(self.info.types)
        x = self.expr(e)
        self.info.types = saved
        return x

    def const_from_operand(self, obj: Const, x: Operand, typ: Type | None) -> None:
        if x.invalid():
            obj.type = INVALID
            return
        if x.mode != Mode.CONSTANT or x.val is None:
            self.error(x.expr.pos if x.expr else obj.pos, f"{self.desc(x)} is not constant")
            obj.type = INVALID
            return
        if typ is not None:
            self.assign_to(x, typ, "constant declaration")
            if x.invalid():
                obj.type = INVALID
                return
        obj.type = x.type
        obj.value = x.val

    def var_decl_global(self, obj: Var, d: n.VarDecl, info: DeclInfo) -> None:
        typ = self.var_type(d.type) if d.type is not None else None
        if info.lhs is not None:
            # var a, b = f(): resolve all at once
            lhs = info.lhs
            for v in lhs:
                other = self.decls.get(v)
                if other is not None:
                    other.state = 1
            self.var_init(lhs, typ, d.values, d)
            for v in lhs:
                other = self.decls.get(v)
                if other is not None:
                    other.state = 2
                    if v is not obj:
                        self.deps[v] = self.cur_deps if self.cur_deps is not None else set()
            return
        idx = d.names.index(next(nm for nm in d.names if nm.value == obj.name and nm.pos == obj.pos))
        if d.values and len(d.values) != len(d.names):
            if idx == 0:
                for vv in d.values:
                    self.expr(vv)
                self.arity(d.names, d.values, False, False)
            obj.type = typ if typ is not None else INVALID
            return
        values = [d.values[idx]] if d.values else []
        self.var_init([obj], typ, values, d)

    def var_init(self, lhs: list[Var], typ: Type | None, values: list[n.Expr], d: n.Node) -> None:
        if typ is not None:
            for v in lhs:
                v.type = typ
        if not values:
            if typ is None:
                for v in lhs:
                    v.type = INVALID
            return
        hints: list[Type | None] = [typ] * len(values) if len(values) == len(lhs) else [None] * len(values)
        if len(lhs) == 1 and len(values) == 1:  # types2: a plain expression, single-valued
            xs: list[Operand] | None = [self.single(self.expr(values[0], hints[0]))]
        else:
            xs = self.rhs_values(len(lhs), values, hints)
        if xs is None:
            for v in lhs:
                if typ is None:
                    v.type = INVALID
            return
        for v, x in zip(lhs, xs, strict=True):
            if typ is not None:
                # n values for n variables: a declaration; the values of one call: an assignment
                ctx = "variable declaration" if len(values) == len(lhs) or len(lhs) == 1 else "multiple assignment"
                self.assign_to(x, typ, ctx, v.name)
            else:
                if x.invalid():
                    v.type = INVALID
                    continue
                if isinstance(x.type, Basic) and x.type.kind == Kind.UNTYPED_NIL:
                    self.error(x.expr.pos if x.expr else d.pos, "use of untyped nil in variable declaration")
                    v.type = INVALID
                    continue
                v.type = self.assign_default(x, "variable declaration")

    def type_decl(self, obj: TypeName, d: n.TypeDecl) -> None:
        if d.tparams:
            from pogo.compile.types.generics import generic_type_decl

            generic_type_decl(self, obj, d)
            return
        if d.alias:
            if isinstance(d.type, n.Name):
                # an alias of a named type is known before its target is resolved (cycles)
                target = self.scope.lookup_parent(d.type.value)
                if isinstance(target, TypeName) and isinstance(target.type, Named):
                    obj.type = target.type
            obj.type = self.typexpr(d.type)
            return
        named = obj.type
        assert isinstance(named, Named)
        t = self.typexpr(d.type)
        named.rhs = t
        named.under = t.underlying() if t is not INVALID else INVALID
        if isinstance(t, Named) and t.under is None:
            self.later(lambda: setattr(named, "under", t.underlying()))
        for m in named.methods:
            self.later(lambda m=m: self.resolve_global(m))  # type: ignore[misc]

    # ------------------------------------------------------------------

    def local_decl(self, d: n.Decl) -> None:
        if isinstance(d, n.VarDecl):
            typ = self.var_type(d.type) if d.type is not None else None
            vs = [Var(name.value, None, self.pkg, name.pos, self.filename) for name in d.names]
            for name, v in zip(d.names, vs, strict=True):
                self.info.defs[name] = v
            if d.values and len(d.values) != len(d.names) and not (len(d.values) == 1 and len(d.names) > 1):
                for vv in d.values:
                    self.expr(vv)
                self.arity(d.names, d.values, False, False)
                for v in vs:
                    v.type = typ if typ is not None else INVALID
            else:
                self.var_init(vs, typ, d.values, d)
            for v in vs:
                self.declare(self.scope, None, v)
        elif isinstance(d, n.ConstDecl):
            typ = self.typexpr(d.type) if d.type is not None else None
            outer_iota = self.iota  # a constant declaration in a closure in another one
            self.iota = d.iota
            cs = []
            self.arity(d.names, d.values, True, d.implicit)
            for i, name in enumerate(d.names):
                c = Const(name.value, None, self.pkg, 0, name.pos, self.filename)
                self.info.defs[name] = c
                if i < len(d.values):
                    if not d.implicit:
                        self.const_from_operand(c, self.expr(d.values[i]), typ)
                    else:
                        self.inherited_const(c, d.values[i], typ)
                else:
                    c.type = INVALID
                c.used = True
                cs.append(c)
            self.iota = outer_iota
            for c in cs:
                self.declare(self.scope, None, c)
        elif isinstance(d, n.TypeDecl):
            tn = TypeName(d.name.value, None, self.pkg, d.name.pos, self.filename)
            tn.used = True
            if not d.alias:
                tn.vargen = self.local_type_numbers().get(d, 0)
                from pogo.compile.types.mono import declare_local

                declare_local(self, tn)
            if d.tparams and not d.alias:  # a local generic type
                from pogo.compile.types.generics import generic_type_decl

                tn.type = Named(tn, None)
                self.declare(self.scope, d.name, tn)
                generic_type_decl(self, tn, d)
                return
            if d.alias:
                tn.type = self.typexpr(d.type)
            else:
                named = Named(tn, None)
                tn.type = named
                self.declare(self.scope, d.name, tn)
                t = self.typexpr(d.type)
                named.rhs = t
                named.under = t.underlying()
                from pogo.compile.types.cycles import report_type_cycle

                report_type_cycle(self, named)
                return
            self.declare(self.scope, d.name, tn)

    def local_type_numbers(self) -> dict[n.TypeDecl, int]:
        """gc's numbering of the defined types declared in function bodies: 1, 2, … over
        the package's files in source order."""
        if self._local_types is None:
            from pogo.compile.types.localtypes import number_local_types

            self._local_types = number_local_types(self.files)
        return self._local_types

    # ------------------------------------------------------------------

    def check_bodies(self) -> None:
        for obj in self.order:
            if not isinstance(obj, Func):
                continue
            info = self.decls[obj]
            d = info.node
            assert isinstance(d, n.FuncDecl)
            if d.body is None:
                continue
            self.filename = self.files[info.file_index].filename
            self.scope = self.func_scopes.get(obj) or self.file_scopes[info.file_index]
            self.cur_deps = self.deps.setdefault(obj, set())
            sig = obj.type
            if not isinstance(sig, Signature):
                continue
            # fresh parameter objects per body (the signature's are shared with callers)
            params = sig.params
            results = sig.results
            self.iota = None
            self.func_body_in_file(obj, params, results, d.body)
            self.info.funcs.append(FuncInfo(d, obj, self.filename))
            self.cur_deps = None

    def func_body_in_file(self, f: Func, params: list[Var], results: list[Var], body: n.BlockStmt) -> None:
        file_scope = self.scope
        self.scope = file_scope
        s = Scope(file_scope, "function", is_func=True)
        self.scope = s
        sig = f.type
        if isinstance(sig, Signature) and sig.recv is not None and sig.recv.name not in ("", "_"):
            s.insert(sig.recv)
        for v in params + results:
            if v.name and v.name != "_":
                s.insert(v)  # duplicates were reported with the signature
        self.func_sig_stack.append((f, results))
        self.stmt_list(body.stmts)
        self.func_sig_stack.pop()
        if results and not self.is_terminating_list(body.stmts):
            self.error(body.rbrace, "missing return")
        self.report_unused(s)
        self.scope = file_scope

    # ------------------------------------------------------------------

    def compute_init_order(self) -> None:
        from pogo.compile.types.initorder import compute_init_order

        compute_init_order(self)


def check_package(path: str, files: list[n.File], diags: Diagnostics, importer: Importer) -> tuple[Package, Checker]:
    name = ""
    for f in files:  # as types2: the first name other than _ is the package's
        if not name:
            if f.pkg_name.value != "_":
                name = f.pkg_name.value
            else:
                diags.error(f.filename, f.pkg_name.pos, "invalid package name _")
        elif f.pkg_name.value != name:
            diags.error(f.filename, f.pkg_name.pos, f"package {f.pkg_name.value}; expected package {name}")
    pkg = Package(path, name or ("main" if not files else "_"))
    chk = Checker(pkg, diags, importer)
    chk.check_files(files)
    return pkg, chk


__all__ = ["Checker", "check_package", "Tuple", "Importer"]
