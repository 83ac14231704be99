"""Instantiation cycles: generic code that would need infinitely many instances.

``func F[T any]() { F[[]T]() }`` type-checks, but stenciling it never ends, so gc rejects
it. As gc does, every instantiation adds edges to a graph whose vertices are the
package's type parameters: type argument A given for parameter P adds an edge Q → P for
every type parameter Q occurring in A, of weight 0 when A is Q itself and 1 when A
builds a bigger type from Q. A cycle of positive weight is reported as gc reports it:
at the type parameter, followed by the instantiations along the cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pogo.compile.syntax import nodes as n
from pogo.compile.types.objects import Scope, TypeName
from pogo.compile.types.types import (
    Array,
    Chan,
    Interface,
    Map,
    Named,
    Pointer,
    Signature,
    Slice,
    Struct,
    Type,
)

if TYPE_CHECKING:
    from pogo.compile.types.check import Checker


@dataclass
class _Edge:
    dst: int
    src: int
    weight: int
    pos: n.Pos
    file: str
    typ: Type


@dataclass
class MonoGraph:
    vertices: list[TypeName] = field(default_factory=list)
    index: dict[int, int] = field(default_factory=dict)  # id(TypeName) -> vertex
    edges: list[_Edge] = field(default_factory=list)
    # a type declared inside generic code: the type parameters in scope, which it
    # depends on implicitly (its vertex has an edge of weight 1 from each)
    local_env: dict[int, list[Type]] = field(default_factory=dict)
    local_vertices: dict[int, int] = field(default_factory=dict)  # id(TypeName) -> vertex or -1

    def vertex(self, obj: TypeName) -> int:
        i = self.index.get(id(obj))
        if i is None:
            i = len(self.vertices)
            self.vertices.append(obj)
            self.index[id(obj)] = i
        return i


def declare_local(chk: Checker, obj: TypeName) -> None:
    """obj, a type declared in a function body: note the type parameters in scope."""
    from pogo.compile.types.generics import TypeParam

    env: list[Type] = []
    scope: Scope | None = chk.scope
    while scope is not None and scope is not chk.pkg.scope:
        for o in scope.names.values():
            if isinstance(o, TypeName) and isinstance(o.type, TypeParam) and o.type not in env:
                env.append(o.type)
        scope = scope.parent
    if env:
        chk.mono.local_env[id(obj)] = env


def _local_vertex(chk: Checker, obj: TypeName) -> int:
    from pogo.compile.types.generics import TypeParam

    g = chk.mono
    idx = g.local_vertices.get(id(obj))
    if idx is not None:
        return idx
    env = g.local_env.get(id(obj))
    idx = -1
    if env:
        idx = g.vertex(obj)
        for tp in env:
            assert isinstance(tp, TypeParam)
            g.edges.append(_Edge(idx, g.vertex(tp.obj), 1, obj.pos, obj.file, tp))
    g.local_vertices[id(obj)] = idx
    return idx


def record(chk: Checker, tparams: list[Type], targs: list[Type], positions: list[n.Pos]) -> None:
    """Type arguments targs given for tparams (at positions, one per argument)."""
    from pogo.compile.types.generics import TypeParam

    g = chk.mono
    for tp, targ, pos in zip(tparams, targs, positions, strict=False):
        if not isinstance(tp, TypeParam) or tp.obj.pkg is not chk.pkg:
            continue
        dst = g.vertex(tp.obj)

        def walk(t: Type, dst: int = dst, targ: Type = targ, pos: n.Pos = pos) -> None:
            if isinstance(t, TypeParam):
                if t.obj.pkg is chk.pkg:
                    g.edges.append(_Edge(dst, g.vertex(t.obj), 0 if t is targ else 1, pos, chk.filename, targ))
            elif isinstance(t, Named):
                base = t.orig if t.orig is not None else t
                src = _local_vertex(chk, base.obj) if base.obj.pkg is chk.pkg else -1
                if src >= 0:
                    g.edges.append(_Edge(dst, src, 0 if t is targ else 1, pos, chk.filename, targ))
                for a in t.targs or t.tparams:  # G[T] inside G's own methods is G itself
                    walk(a)
            elif isinstance(t, (Pointer, Slice, Array, Chan)):
                walk(t.elem)
            elif isinstance(t, Map):
                walk(t.key)
                walk(t.elem)
            elif isinstance(t, Signature):
                for v in t.params + t.results:
                    walk(v.type)
            elif isinstance(t, Struct):
                for f in t.fields:
                    walk(f.type)
            elif isinstance(t, Interface):
                for m in t.methods:
                    walk(m.type)

        walk(targ)


def check_cycles(chk: Checker) -> None:
    """Report the first instantiation cycle of positive weight (Bellman-Ford, as gc)."""
    g = chk.mono
    nv = len(g.vertices)
    weight = [0] * nv
    length = [0] * nv
    pre = [-1] * nv
    again = True
    while again:
        again = False
        for i, e in enumerate(g.edges):
            w = weight[e.src] + e.weight
            if w <= weight[e.dst]:
                continue
            pre[e.dst] = i
            length[e.dst] = length[e.src] + 1
            if length[e.dst] == nv:
                _report(chk, e.dst, pre)
                return
            weight[e.dst] = w
            again = True


def _report(chk: Checker, v: int, pre: list[int]) -> None:
    g = chk.mono
    stack: list[int] = []
    seen: set[int] = set()
    while v not in seen:
        stack.append(v)
        seen.add(v)
        v = g.edges[pre[v]].src
    while stack[0] != v:
        stack.pop(0)
    obj = g.vertices[v]
    lines = ["instantiation cycle:"]
    for x in stack:
        e = g.edges[pre[x]]
        how = "implicitly parameterized by" if e.dst in g.local_vertices.values() else "instantiated as"
        lines.append(f"\t{e.file}:{e.pos.line}:{e.pos.col}: {g.vertices[e.dst].name} {how} {chk.tstr(_spelled(e.typ))}")
    chk.diags.error(obj.file, obj.pos, "\n".join(lines))


def _spelled(t: Type) -> Type:
    """t for printing: a generic type standing for itself (G[T] inside G's methods, which
    instantiation returns as G) is spelled with its type parameters, as gc does."""
    if isinstance(t, Named):
        if t.tparams and not t.targs:
            shown = Named(t.obj, None)
            shown.orig = t
            shown.targs = [_spelled(a) for a in t.tparams]
            return shown
        if t.targs and any(_spelled(a) is not a for a in t.targs):
            assert t.orig is not None
            shown = Named(t.obj, None)
            shown.orig = t.orig
            shown.targs = [_spelled(a) for a in t.targs]
            return shown
        return t
    if isinstance(t, Pointer):
        e = _spelled(t.elem)
        return t if e is t.elem else Pointer(e)
    if isinstance(t, Slice):
        e = _spelled(t.elem)
        return t if e is t.elem else Slice(e)
    if isinstance(t, Array):
        e = _spelled(t.elem)
        return t if e is t.elem else Array(e, t.length)
    if isinstance(t, Map):
        k, e = _spelled(t.key), _spelled(t.elem)
        return t if k is t.key and e is t.elem else Map(k, e)
    return t
