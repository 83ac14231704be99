"""Generic code used across packages: a module whose package ``container`` declares
generic types and functions (with unexported generic and non-generic helpers and a
package variable), used from another package (``wrap``) and from main; ``aaa``, imported
first, exports a non-generic type of ``container`` (one type, however it is reached). Each using package
stencils the instances it needs from the source carried in ``container``'s export data;
pogo's output must equal the reference go's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import go  # type: ignore[import-untyped]

GO = str(Path(os.path.dirname(go.__file__)) / "bin" / "go")
REPO = Path(__file__).resolve().parent.parent.parent

FILES = {
    'aaa/aaa.go': 'package aaa\n\nimport "example.com/gen/container"\n\nfunc Corner() container.Point { return container.Point{X: 3, Y: 4} }\n',
    'container/container.go': 'package container\n\nimport "fmt"\n\n// List is a generic singly linked list.\ntype List[T any] struct {\n\thead *elem[T]\n\tsize int\n}\n\ntype elem[T any] struct {\n\tval  T\n\tnext *elem[T]\n}\n\nfunc (l *List[T]) Push(v T) {\n\tl.head = &elem[T]{v, l.head}\n\tl.size++\n}\n\nfunc (l *List[T]) Len() int { return l.size }\n\nfunc (l *List[T]) All() []T {\n\tout := make([]T, 0, l.size)\n\tfor e := l.head; e != nil; e = e.next {\n\t\tout = append(out, e.val)\n\t}\n\treturn reverse(out)\n}\n\nfunc (l List[T]) String() string { return fmt.Sprint(l.All()) }\n\nfunc reverse[T any](xs []T) []T {\n\tfor i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {\n\t\txs[i], xs[j] = xs[j], xs[i]\n\t}\n\treturn xs\n}\n\nvar calls int\n\nfunc count() { calls++ }\n\nfunc Calls() int { return calls }\n\nfunc Map[T, U any](xs []T, f func(T) U) []U {\n\tcount()\n\tout := make([]U, len(xs))\n\tfor i, x := range xs {\n\t\tout[i] = f(x)\n\t}\n\treturn out\n}\n\ntype Pair[A, B any] struct {\n\tFirst  A\n\tSecond B\n}\n\nfunc MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }\n\ntype Point struct{ X, Y int }\n',
    'main.go': 'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/gen/aaa"\n\t"example.com/gen/container"\n\t"example.com/gen/wrap"\n)\n\ntype Shape interface{ String() string }\n\nfunc main() {\n\tvar l container.List[int]\n\tl.Push(1)\n\tl.Push(2)\n\tfmt.Println(l.Len(), l.All(), l)\n\tvar s Shape = l\n\tfmt.Println(s.String())\n\tfmt.Printf("%T %T\\n", l, &l)\n\tw := wrap.Words()\n\tfmt.Println(w.Len(), w)\n\tfmt.Println(wrap.Lens([]string{"ab", "cde"}))\n\tfmt.Println(container.Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) }))\n\tp := wrap.Origin()\n\tfmt.Printf("%T %+v\\n", p, p)\n\tq := container.MakePair(container.Point{1, 2}, []int{3})\n\tfmt.Printf("%T %v\\n", q, q)\n\tvar pt container.Point = aaa.Corner()\n\tfmt.Println(container.Calls(), pt)\n}\n',
    'wrap/wrap.go': 'package wrap\n\nimport "example.com/gen/container"\n\nfunc Words() *container.List[string] {\n\tvar l container.List[string]\n\tl.Push("a")\n\tl.Push("b")\n\treturn &l\n}\n\nfunc Lens(ws []string) []int {\n\treturn container.Map(ws, func(s string) int { return len(s) })\n}\n\nfunc Origin() container.Pair[container.Point, string] {\n\treturn container.MakePair(container.Point{}, "origin")\n}\n',
    'go.mod': 'module example.com/gen\n\ngo 1.22\n',
}


# Generic methods (Go 1.27) declared in one package (on a generic and on a plain type, one of
# them unexported and used only inside its package) and instantiated by two others; types
# declared inside a generic function (one of them generic) printed with gc's names.
METHOD_FILES = {
    'coll/coll.go': 'package coll\n\nimport "fmt"\n\n// Set is a generic set with generic methods.\ntype Set[E comparable] struct{ m map[E]bool; order []E }\n\nfunc New[E comparable](xs ...E) *Set[E] {\n\ts := &Set[E]{m: map[E]bool{}}\n\tfor _, x := range xs {\n\t\ts.Add(x)\n\t}\n\treturn s\n}\n\nfunc (s *Set[E]) Add(e E) {\n\tif !s.m[e] {\n\t\ts.m[e] = true\n\t\ts.order = append(s.order, e)\n\t}\n}\n\nfunc (s *Set[E]) Map[F comparable](f func(E) F) *Set[F] {\n\tout := New[F]()\n\tfor _, e := range s.order {\n\t\tout.Add(f(e))\n\t}\n\treturn out\n}\n\nfunc (s Set[E]) String() string { return fmt.Sprint(s.order) }\n\n// Counter is a plain type with a generic method.\ntype Counter struct{ n int }\n\nfunc (c *Counter) Count[T any](xs []T) int {\n\tc.n += len(xs)\n\treturn c.n\n}\n\nfunc (c Counter) describe[T any](x T) string { return fmt.Sprintf("%d:%T", c.n, x) }\n\nfunc (c Counter) Describe(x int) string { return c.describe(x) + c.describe[string]("") }\n\nfunc helper() any {\n\ttype first struct{}\n\treturn first{}\n}\n\n// Tagged returns values of types declared in a generic function.\nfunc Tagged[T any](x T) []any {\n\ttype tag[U any] struct {\n\t\tt T\n\t\tu U\n\t}\n\ttype loc int\n\treturn []any{tag[loc]{x, 1}, loc(2), helper()}\n}\n',
    'use/use.go': 'package use\n\nimport "example.com/gm/coll"\n\nfunc Lens(words ...string) *coll.Set[int] {\n\treturn coll.New(words...).Map(func(s string) int { return len(s) })\n}\n\nfunc Total(c *coll.Counter) int { return c.Count[byte]([]byte("abc")) }\n',
    'main.go': 'package main\n\nimport (\n\t"fmt"\n\t"strings"\n\n\t"example.com/gm/coll"\n\t"example.com/gm/use"\n)\n\nfunc main() {\n\ts := use.Lens("a", "bb", "cc", "ddd")\n\tfmt.Println(s, s.Map(func(i int) bool { return i > 1 }))\n\tup := coll.New("x", "y").Map[string](strings.ToUpper)\n\tfmt.Printf("%v %T\\n", up, up)\n\tvar c coll.Counter\n\tfmt.Println(c.Count([]int{1, 2}), use.Total(&c), c.Describe(5))\n\tf := (*coll.Counter).Count[string]\n\tfmt.Println(f(&c, []string{"q"}))\n\tfor _, x := range coll.Tagged(1.5) {\n\t\tfmt.Printf("%T %v\\n", x, x)\n\t}\n\ta, b := coll.Tagged("s"), coll.Tagged("s")\n\tfmt.Println(a[0] == b[0], a[1] == b[1], a[0] == coll.Tagged(1)[0])\n}\n',
    'go.mod': 'module example.com/gm\n\ngo 1.27\n',
}


def _same_as_go(tmp_path: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    env = dict(os.environ, GOFLAGS="", GOCACHE=str(tmp_path / "gocache"), POGOCACHE=str(tmp_path / "pc"),
               GOPROXY="off", PYTHONPATH=str(REPO))
    g = subprocess.run([GO, "run", "."], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    p = subprocess.run([sys.executable, "-m", "pogo", "run", "."], cwd=tmp_path, env=env, capture_output=True,
                       text=True, timeout=300)
    assert g.returncode == 0, g.stderr
    assert (p.stdout, p.stderr, p.returncode) == (g.stdout, g.stderr, g.returncode)


def test_generics_across_packages(tmp_path: Path) -> None:
    _same_as_go(tmp_path, FILES)


def test_generic_methods_across_packages(tmp_path: Path) -> None:
    _same_as_go(tmp_path, METHOD_FILES)
