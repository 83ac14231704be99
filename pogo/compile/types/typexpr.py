"""Type expressions: turning syntax like ``[]*T`` or ``func(int) string`` into types."""

from __future__ import annotations

from pogo.compile.syntax import nodes as n
from pogo.compile.types import constant
from pogo.compile.types.base import CheckerBase, Mode
from pogo.compile.types.exprstring import expr_string
from pogo.compile.types.objects import Func, PkgName, TypeName, Var
from pogo.compile.types.types import INVALID, Array, Interface, Pointer, Signature, Slice, Type


class TypeExprChecker(CheckerBase):
    def typexpr(self, e: n.Expr) -> Type:
        t = self._typexpr(e)
        self.record_type(e, t, Mode.TYPEXPR)
        return t

    def not_supported(self, node: n.Node, what: str) -> None:
        self.error(node.pos, f"pogo: {what} not supported yet")

    def _typexpr(self, e: n.Expr) -> Type:
        if isinstance(e, n.Name):
            if e.value == "_":
                self.error(e.pos, "cannot use _ as value or type")
                return INVALID
            obj = self.scope.lookup_parent(e.value)
            if obj is None:
                self.error(e.pos, f"undefined: {e.value}")
                return INVALID
            self.info.uses[e] = obj
            obj.used = True
            if not isinstance(obj, TypeName):
                self.error(e.pos, f"{e.value} is not a type")
                return INVALID
            self.resolve_global(obj)
            return obj.type
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
                return obj.type
        if isinstance(e, n.StarExpr):
            return Pointer(self.typexpr(e.x))
        if isinstance(e, n.SliceType):
            return Slice(self.typexpr(e.elem))
        if isinstance(e, n.ArrayType):
            if e.len is None:
                self.error(e.pos, "invalid use of [...] array (outside a composite literal)")
                return INVALID
            x = self.expr(e.len)
            elem = self.typexpr(e.elem)
            if x.mode != Mode.CONSTANT:
                if not x.invalid():
                    self.error(e.len.pos, f"array length {expr_string(e.len)} (value of type {self.tstr(x.type)}) must be constant")
                return INVALID
            length = constant.to_int(x.val) if x.val is not None else None
            if length is None or length < 0:
                self.error(e.len.pos, f"invalid array length {expr_string(e.len)}")
                return INVALID
            return Array(elem, length)
        if isinstance(e, n.FuncType):
            return self.signature(e, None)[0]
        if isinstance(e, n.InterfaceType):
            methods: list[Func] = []
            for f in e.methods:
                if f.name is None:
                    self.not_supported(f, "embedded interface elements")
                    continue
                assert isinstance(f.type, n.FuncType)
                sig, _, _ = self.signature(f.type, None)
                methods.append(Func(f.name.value, sig, self.pkg, f.name.pos, self.filename))
            return Interface(methods)
        if isinstance(e, n.StructType):
            self.not_supported(e, "struct types")
            return INVALID
        if isinstance(e, n.MapType):
            self.not_supported(e, "map types")
            return INVALID
        if isinstance(e, n.ChanType):
            self.not_supported(e, "channel types")
            return INVALID
        if isinstance(e, n.IndexExpr):
            self.not_supported(e, "generic types")
            return INVALID
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
        if recv is not None:
            self.not_supported(recv, "methods")
        return Signature(params, results, variadic), params, results
