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


def test_generics_across_packages(tmp_path: Path) -> None:
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    env = dict(os.environ, GOFLAGS="", GOCACHE=str(tmp_path / "gocache"), POGOCACHE=str(tmp_path / "pc"),
               GOPROXY="off", PYTHONPATH=str(REPO))
    g = subprocess.run([GO, "run", "."], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    p = subprocess.run([sys.executable, "-m", "pogo", "run", "."], cwd=tmp_path, env=env, capture_output=True,
                       text=True, timeout=300)
    assert g.returncode == 0, g.stderr
    assert (p.stdout, p.stderr, p.returncode) == (g.stdout, g.stderr, g.returncode)
