"""Type expressions: turning syntax like ``[]*T`` or ``func(int) string`` into types."""

from __future__ import annotations

from pogo.compile.syntax import nodes as n
from pogo.compile.types import constant
from pogo.compile.types import universe as u
from pogo.compile.types.base import CheckerBase, Mode
from pogo.compile.types.exprstring import expr_string
from pogo.compile.types.objects import Const, PkgName, TypeName, Var
from pogo.compile.types.types import INVALID, Array, Basic, Named, Pointer, Signature, Slice, Type


class TypeExprChecker(CheckerBase):
    blank_tparams: dict[n.Name, Type]  # receiver type parameters named _
    def typexpr(self, e: n.Expr) -> Type:
        t = self._typexpr(e)
        self.record_type(e, t, Mode.TYPEXPR)
        return t

    generic_ok = False  # set while evaluating the T of T[args]

    def var_type(self, e: n.Expr) -> Type:
        """The type of a variable: constraint interfaces are not allowed."""
        t = self.typexpr(e)
        if getattr(t, "is_type_param", False):
            return t
        tu = t.underlying() if not (isinstance(t, Named) and t.under is None) else None
        if getattr(tu, "terms", None) is not None or getattr(tu, "comparable", False):
            why = ("interface is (or embeds) comparable" if getattr(tu, "comparable", False)
                   else "interface contains type constraints")
            self.error(e.pos, f"cannot use type {self.tstr(t)} outside a type constraint: {why}")
            return INVALID
        return t

    def tparams_string(self, tps: list[Type]) -> str:
        parts = []
        for tp in tps:
            bound = getattr(tp, "bound", None)
            parts.append(f"{tp} {self.tstr(bound)}" if bound is not None else str(tp))
        return "[" + ", ".join(parts) + "]"

    def not_supported(self, node: n.Node, what: str) -> None:
        self.error(node.pos, f"pogo: {what} not supported yet")

    def _typexpr(self, e: n.Expr) -> Type:
        if isinstance(e, n.Name):
            if e.value == "_":
                bt = self.blank_tparams.get(e)
                if bt is not None:  # func (T[_]) m(): an unnamed receiver type parameter
                    return bt
            if e.value == "_" and not isinstance(self.scope.lookup("_"), TypeName):
                self.error(e.pos, "cannot use _ as value or type")
                return INVALID
            obj = self.scope.lookup_parent(e.value)
            if obj is None:
                self.error(e.pos, f"undefined: {e.value}")
                return INVALID
            self.info.uses[e] = obj
            if not isinstance(obj, PkgName):  # as types2: a package used as a type stays unused
                obj.used = True
            if not isinstance(obj, TypeName):
                self.error(e.pos, f"{e.value} ({_object_kind(obj)}) is not a type")
                return INVALID
            self.resolve_global(obj)
            t = obj.type
            if isinstance(t, Named) and t.tparams and not self.generic_ok:
                self.error(e.pos, f"cannot use generic type {obj.name}{self.tparams_string(t.tparams)} without instantiation")
                return INVALID
            from pogo.compile.types.generics import GENERIC_ALIASES

            alias = GENERIC_ALIASES.get(id(obj))
            if alias is not None and not self.generic_ok:
                self.error(e.pos, f"cannot use generic type {obj.name}{self.tparams_string(list(alias[1]))} without instantiation")
                return INVALID
            return t
        if isinstance(e, n.ParenExpr):
            return self.typexpr(e.x)
        if isinstance(e, n.SelectorExpr) and isinstance(e.x, n.Name):
            pobj = self.scope.lookup_parent(e.x.value)
            if isinstance(pobj, PkgName):
                pobj.used = True
                self.info.uses[e.x] = pobj
                obj = pobj.imported.scope.lookup(e.sel.value)
                if pobj.imported.fake:
                    return INVALID
                if obj is None or not obj.exported():
                    self.error(e.sel.pos, f"undefined: {e.x.value}.{e.sel.value}")
                    return INVALID
                self.info.uses[e.sel] = obj
                if not isinstance(obj, TypeName):
                    self.error(e.pos, f"{expr_string(e)} is not a type")
                    return INVALID
                t = obj.type
                if isinstance(t, Named) and t.tparams and not self.generic_ok:
                    self.error(e.pos, f"cannot use generic type {expr_string(e)} without instantiation")
                    return INVALID
                return t
        if isinstance(e, n.StarExpr):
            return Pointer(self.typexpr(e.x))
        if isinstance(e, n.SliceType):
            return Slice(self.typexpr(e.elem))
        if isinstance(e, n.ArrayType):
            if e.len is None:
                self.error(e.pos, "invalid use of [...] array (outside a composite literal)")
                return INVALID
            if isinstance(e.len, n.Name):  # types2: maybe a generic type missing its constraint
                lobj = self.scope.lookup_parent(e.len.value)
                if lobj is None or not isinstance(lobj, Const):
                    self.error(e.len.pos, f"undefined array length {e.len.value} or missing type constraint"
                               if lobj is None else f"invalid array length {e.len.value}")
                    self.typexpr(e.elem)
                    return INVALID
            x = self.expr(e.len)
            elem = self.typexpr(e.elem)
            if x.mode != Mode.CONSTANT:
                if not x.invalid():
                    self.error(e.len.pos, f"array length {expr_string(e.len)} (value of type {self.tstr(x.type)}) must be constant")
                return INVALID
            length = constant.to_int(x.val) if x.val is not None else None
            if length is None or length < 0 or constant.representable(length, u.INT) is None:
                xt = x.type.underlying()
                integer = isinstance(xt, Basic) and xt.is_integer()
                what = "invalid array length" if integer else "array length"
                tail = "" if integer else " must be integer"
                self.error(e.len.pos, f"{what} {self.desc(x)}{tail}")
                return INVALID
            return Array(elem, length)
        if isinstance(e, n.FuncType):
            return self.signature(e, None)[0]
        if isinstance(e, (n.InterfaceType, n.StructType, n.MapType, n.ChanType)):
            from pogo.compile.types import composite

            if isinstance(e, n.InterfaceType):
                return composite.interface_type(self, e)  # type: ignore[arg-type]
            if isinstance(e, n.StructType):
                return composite.struct_type(self, e)  # type: ignore[arg-type]
            if isinstance(e, n.MapType):
                return composite.map_type(self, e)  # type: ignore[arg-type]
            return composite.chan_type(self, e)  # type: ignore[arg-type]
        if isinstance(e, n.IndexExpr):
            from pogo.compile.types.generics import instantiate_type_expr

            return instantiate_type_expr(self, e)  # type: ignore[arg-type]
        self.error(e.pos, f"{expr_string(e)} is not a type")
        return INVALID

    def signature(self, ft: n.FuncType, recv: n.Field | None) -> tuple[Signature, list[Var], list[Var]]:
        """The signature of ft, plus its parameter and result variables (for a body)."""
        if ft.tparams:
            self.not_supported(ft, "generic functions")
        params: list[Var] = []
        variadic = False
        for i, f in enumerate(ft.params):
            te = f.type
            if isinstance(te, n.DotsType):
                if i != len(ft.params) - 1:
                    self.error(te.pos, "can only use ... with final parameter in list")
                variadic = True
                t: Type = Slice(self.typexpr(te.elem))
            else:
                t = self.typexpr(te)
            name = f.name.value if f.name else ""
            v = Var(name, t, self.pkg, f.name.pos if f.name else f.pos, self.filename, is_param=True)
            params.append(v)
        results: list[Var] = []
        for f in ft.results:
            t = self.typexpr(f.type)
            name = f.name.value if f.name else ""
            results.append(Var(name, t, self.pkg, f.name.pos if f.name else f.pos, self.filename, is_param=True))
        rv: Var | None = None
        if recv is not None:
            rt = self.typexpr(recv.type)
            rv = Var(recv.name.value if recv.name else "", rt, self.pkg, recv.name.pos if recv.name else recv.pos,
                     self.filename, is_param=True)
            if recv.name is not None:
                self.info.defs[recv.name] = rv
        self.duplicate_params(([rv] if rv is not None else []) + params + results)
        return Signature(params, results, variadic, rv), params, results

    def duplicate_params(self, vs: list[Var]) -> None:
        """types2 declares a signature's receiver, parameters and results in one scope."""
        seen: dict[str, Var] = {}
        for v in vs:
            if not v.name or v.name == "_":
                continue
            old = seen.get(v.name)
            if old is None:
                seen[v.name] = v
                continue
            self.diags.error(v.file, v.pos, f"{v.name} redeclared in this block\n"
                                            f"\t{old.file}:{old.pos.line}:{old.pos.col}: other declaration of {v.name}")




def _object_kind(obj: object) -> str:
    """types2's objectKind, for "x (local variable) is not a type"."""
    from pogo.compile.types.objects import Builtin, Const, Func, Nil, PkgName, Var

    if isinstance(obj, PkgName):
        return "package name"
    if isinstance(obj, Const):
        return "constant"
    if isinstance(obj, Var):
        return "package-level variable" if obj.is_global else "parameter" if obj.is_param else "local variable"
    if isinstance(obj, Func):
        sig = obj.type
        return "method" if getattr(sig, "recv", None) is not None else "function"
    if isinstance(obj, Builtin):
        return "built-in function"
    if isinstance(obj, Nil):
        return "untyped nil"
    return "object"
