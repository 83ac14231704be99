package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Methods reached only through interfaces: the linker must keep each one some
// interface can call (itabs built at run time by assertions and interface to
// interface conversions included), matching by name and signature.

type Shape interface {
	Area() int
	Name() string
}

type Sq struct{ s int }

func (q Sq) Area() int     { return q.s * q.s }
func (q Sq) Name() string  { return "square" }
func (q Sq) Unused() int   { return -1 }
func (q *Sq) Grow(by int)  { q.s += by }
func (q Sq) M() int        { return 1 }
func (q Sq) String() string { return fmt.Sprintf("Sq(%d)", q.s) }

type Rect struct{ w, h int }

func (r *Rect) Area() int    { return r.w * r.h }
func (r *Rect) Name() string { return "rect" }
func (r *Rect) M() string    { return "rect-M" }

// an interface embedded in a struct: its methods are promoted
type Named struct {
	Shape
	label string
}

// interfaces embedding interfaces
type Grower interface{ Grow(int) }
type GrowShape interface {
	Shape
	Grower
}

type intM interface{ M() int }
type strM interface{ M() string }

// unexported interface method, satisfied within the package
type secret interface{ hidden() string }

type box struct{ v int }

func (b box) hidden() string { return fmt.Sprint("box ", b.v) }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }
func (e *myErr) Is(target error) bool {
	t, ok := target.(*myErr)
	return ok && t.code/100 == e.code/100
}

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func describe(x any) string {
	var parts []string
	if s, ok := x.(Shape); ok {
		parts = append(parts, fmt.Sprint(s.Name(), " ", s.Area()))
	}
	if m, ok := x.(intM); ok {
		parts = append(parts, fmt.Sprint("intM ", m.M()))
	}
	if m, ok := x.(strM); ok {
		parts = append(parts, "strM "+m.M())
	}
	if g, ok := x.(Grower); ok {
		g.Grow(1)
		parts = append(parts, "grown")
	}
	if s, ok := x.(secret); ok {
		parts = append(parts, s.hidden())
	}
	switch v := x.(type) {
	case interface{ Unused() int }:
		parts = append(parts, fmt.Sprint("unused ", v.Unused()))
	case fmt.Stringer:
		parts = append(parts, "stringer "+v.String())
	}
	return strings.Join(parts, "; ")
}

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	sq := &Sq{3}
	r := &Rect{2, 5}
	fmt.Println(describe(Sq{2}))
	fmt.Println(describe(sq), sq.s)
	fmt.Println(describe(r))
	fmt.Println(describe(box{7}))
	fmt.Println(describe(42))

	n := Named{Shape: r, label: "named"}
	var s Shape = n
	fmt.Println(s.Name(), s.Area(), n.label)
	var gs GrowShape = sq
	gs.Grow(2)
	var sh Shape = gs // interface to interface
	fmt.Println(sh.Area(), sh.Name())
	var anyShape any = sh
	if g, ok := anyShape.(GrowShape); ok {
		g.Grow(1)
		fmt.Println("grew to", g.Area())
	}

	shapes := byArea{&Rect{3, 3}, Sq{1}, &Rect{1, 2}, n}
	sort.Sort(shapes)
	for _, x := range shapes {
		fmt.Print(x.Name(), ":", x.Area(), " ")
	}
	fmt.Println()

	err := fmt.Errorf("wrapped: %w", &myErr{404})
	fmt.Println(err, errors.Is(err, &myErr{400}), errors.Is(err, &myErr{500}))
	var me *myErr
	fmt.Println(errors.As(err, &me), me.code)

	var w io.Writer = upper{&strings.Builder{}}
	b := &strings.Builder{}
	w = upper{b}
	fmt.Fprintf(w, "hello %s %d\n", "world", 7)
	fmt.Print(b.String())

	// method values and expressions through interfaces
	f := s.Area
	g := Shape.Name
	fmt.Println(f(), g(sq))
}
