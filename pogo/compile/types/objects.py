"""Named language entities (objects) and the scopes that hold them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogo.compile.syntax.nodes import NOPOS, Pos
from pogo.compile.types.types import INVALID, Signature, Type

if TYPE_CHECKING:
    from pogo.compile.types.constant import Value


class Package:
    __slots__ = ("path", "name", "scope", "imports", "complete", "fake")

    def __init__(self, path: str, name: str) -> None:
        self.path = path
        self.name = name
        self.scope = Scope(None, "package " + name)
        self.imports: list[Package] = []
        self.complete = False
        self.fake = False  # stands in for a package that could not be imported


class Object:
    __slots__ = ("name", "type", "pkg", "pos", "file", "used")

    def __init__(self, name: str, typ: Type | None, pkg: Package | None, pos: Pos = NOPOS, file: str = "") -> None:
        self.name = name
        self.type: Type = typ if typ is not None else INVALID
        self.pkg = pkg
        self.pos = pos
        self.file = file
        self.used = False

    def exported(self) -> bool:
        return self.name[:1].isupper()

    def qualified(self) -> str:
        if self.pkg is None:
            return self.name
        return f"{self.pkg.path}.{self.name}"


class Var(Object):
    __slots__ = ("is_param", "is_global", "addr_taken", "captured")

    def __init__(
        self, name: str, typ: Type | None, pkg: Package | None, pos: Pos = NOPOS, file: str = "", *,
        is_param: bool = False, is_global: bool = False,
    ) -> None:
        super().__init__(name, typ, pkg, pos, file)
        self.is_param = is_param
        self.is_global = is_global
        self.addr_taken = False
        self.captured = False


class Const(Object):
    __slots__ = ("value",)

    def __init__(self, name: str, typ: Type | None, pkg: Package | None, value: Value, pos: Pos = NOPOS, file: str = "") -> None:
        super().__init__(name, typ, pkg, pos, file)
        self.value = value


class TypeName(Object):
    __slots__ = ("vargen",)

    def __init__(self, name: str, typ: Type | None, pkg: Package | None, pos: Pos = NOPOS, file: str = "") -> None:
        super().__init__(name, typ, pkg, pos, file)
        # a defined type declared in a function body: its number among the package's
        # (gc's ``·N``, which tells apart local types of the same name in link names)
        self.vargen = 0


class Func(Object):
    __slots__ = ("link_name", "has_body", "pragmas")

    def __init__(self, name: str, sig: Signature | None, pkg: Package | None, pos: Pos = NOPOS, file: str = "") -> None:
        super().__init__(name, sig, pkg, pos, file)
        self.link_name = ""  # set by //go:linkname
        self.has_body = True
        self.pragmas: list[str] = []

    def sig(self) -> Signature:
        assert isinstance(self.type, Signature)
        return self.type

    def symbol(self) -> str:
        if self.link_name:
            return self.link_name
        return self.qualified()


class PkgName(Object):
    __slots__ = ("imported",)

    def __init__(self, name: str, imported: Package, pkg: Package | None, pos: Pos, file: str) -> None:
        super().__init__(name, None, pkg, pos, file)
        self.imported = imported


class Builtin(Object):
    __slots__ = ()


class Nil(Object):
    __slots__ = ()


class Scope:
    __slots__ = ("parent", "names", "comment", "is_func", "children")

    def __init__(self, parent: Scope | None, comment: str = "", is_func: bool = False) -> None:
        self.parent = parent
        self.names: dict[str, Object] = {}
        self.comment = comment
        self.is_func = is_func
        self.children: list[Scope] = []  # block scopes opened inside, in order (for unused variables)

    def lookup(self, name: str) -> Object | None:
        return self.names.get(name)

    def lookup_parent(self, name: str) -> Object | None:
        s: Scope | None = self
        while s is not None:
            o = s.names.get(name)
            if o is not None:
                return o
            s = s.parent
        return None

    def insert(self, obj: Object) -> Object | None:
        """Insert obj; returns the existing object of that name instead, if any."""
        old = self.names.get(obj.name)
        if old is not None:
            return old
        self.names[obj.name] = obj
        return None
