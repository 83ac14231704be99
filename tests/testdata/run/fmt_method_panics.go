package main

import (
	"errors"
	"fmt"
)

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Bad struct{ n int }

func (b Bad) String() string {
	if b.n == 0 {
		panic("zero Bad")
	}
	return "bad"
}

type E struct{ msg *string }

func (e *E) Error() string { return *e.msg }

type G struct{ p *int }

func (g G) GoString() string { return fmt.Sprint(*g.p) }

type wrap struct{ P *Pt }

func main() {
	var p *Pt
	fmt.Println(p, wrap{nil})
	fmt.Printf("[%v] [%s] [%10v] [%-8s] [%x] [%+v] [%q]\n", p, p, p, p, p, wrap{p}, p)
	fmt.Println(Bad{0}, Bad{1})
	fmt.Printf("%v|%s|%d\n", Bad{0}, Bad{0}, Bad{0})
	var e *E
	fmt.Println(e)
	fmt.Printf("%v %s\n", e, &E{})
	var err error = e
	fmt.Println(err, errors.Unwrap(err))
	fmt.Printf("%#v\n", G{})
	fmt.Println(fmt.Sprint(p) == "<nil>")
}
