package main

import (
	"errors"
	"fmt"
)

// fmt finds Stringer, error, Formatter and GoStringer on operands and on the
// elements of composite values: the linker must keep those methods.

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code-%d", int(c)) }

type Hex int

func (h Hex) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	fmt.Fprintf(f, "hex[%c %v %d %x]", verb, wok, w, int(h))
}

type Go struct{ A int }

func (g Go) GoString() string { return fmt.Sprintf("Go{A:%d!}", g.A) }

type both struct{}

func (both) Error() string  { return "as error" }
func (both) String() string { return "as stringer" }

type wrap struct {
	T   Temp
	P   *Pt
	C   Code
	Any any
}

func main() {
	fmt.Println(Temp(21.5), &Pt{1, 2}, Pt{3, 4}, Code(7), both{})
	fmt.Printf("%v %s %d %q\n", Temp(1), Temp(2), Code(3), Temp(4))
	fmt.Printf("%v|%5x|%d\n", Hex(255), Hex(16), Hex(1))
	fmt.Printf("%#v %#v %v\n", Go{1}, []Go{{2}}, Go{3})
	fmt.Println([]Temp{1, 2}, map[string]Temp{"a": 3}, [1]Code{9})
	fmt.Printf("%+v\n", wrap{5, &Pt{5, 6}, 11, Temp(0.5)})
	fmt.Println(wrap{5, &Pt{0, 1}, 11, Code(1)})
	var err error = Code(404)
	fmt.Println(err, errors.Unwrap(fmt.Errorf("x: %w", err)))
	fmt.Printf("%v %s\n", []any{Temp(9), Code(8), Hex(7)}, []error{Code(1)})
	var sp fmt.Stringer = &Pt{7, 8}
	fmt.Println(sp.String(), fmt.Sprint(sp))
	var np *Pt
	fmt.Println(np == nil)
}
