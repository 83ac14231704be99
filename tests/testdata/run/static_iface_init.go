// Package-level variables initialised with concrete values converted to interfaces:
// pogo gives them static data (descriptor or itab, pointer or static copy); they must
// behave exactly like values boxed at run time, also after collections.
package main

import (
	"errors"
	"fmt"
	"io"
	"runtime"
)

type T struct{ a, b int }

func (t T) String() string { return fmt.Sprint("T", t.a, t.b) }

type Z struct{}

func (Z) Error() string { return "Z!" }

type P struct{ s string }

func (p *P) Error() string { return p.s }

type named string

var (
	a any          = T{1, 2}
	b fmt.Stringer = T{3, 4}
	c error        = Z{}
	d any          = &T{5, 6}
	e error        = &P{"x"}
	f any          = [2]string{"p", "q"}
	g error        = nil
	h any          = 3
	i io.Writer    = io.Discard
	j              = []any{T{7, 8}, Z{}, "s", named("n"), nil}
	k any          = struct{ p *P }{&P{"inner"}}
	l              = [2]fmt.Stringer{T{9, 10}, T{11, 12}}
)

func main() {
	fmt.Println(a, b, c, d, e, f, g, h, i == io.Discard, j)
	var z Z
	fmt.Println(errors.Is(c, z), c == error(Z{}), a == any(T{1, 2}), d == d, h == any(3))
	fmt.Printf("%T %T %T %T %v\n", a, i, j[1], j[3], k.(struct{ p *P }).p)
	var keep [][]byte
	for n := 0; n < 20000; n++ {
		keep = append(keep, make([]byte, 64))
		if len(keep) > 100 {
			keep = keep[:0]
		}
	}
	runtime.GC()
	fmt.Println(a, b, d, e, f, j, k.(struct{ p *P }).p.s, l)
	a = "changed"
	j[0] = 1
	fmt.Println(a, j[0], T{1, 2})
}
