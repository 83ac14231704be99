// fmt: Errorf messages and wrapping: zero, one and several %w, non-error %w operands, reordered indexes, %T of results.
package main

import (
	"errors"
	"fmt"
)

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code=%03d", int(c)) }

type named string

func (n named) String() string { return "<" + string(n) + ">" }

func main() {
	a := errors.New("alpha")
	b := codeErr(7)
	e0 := fmt.Errorf("plain %d %s", 1, "two")
	e1 := fmt.Errorf("one: %w", a)
	e2 := fmt.Errorf("two: %w, %w", a, b)
	e3 := fmt.Errorf("[%[2]w] [%[1]w] [%[2]v]", a, b)
	e4 := fmt.Errorf("bad: %w", "not an error")
	e5 := fmt.Errorf("nil: %w", nil)
	e6 := fmt.Errorf("dup: %[1]w %[1]w", a)
	for _, e := range []error{e0, e1, e2, e3, e4, e5, e6} {
		fmt.Printf("%v | %T | %v | %v\n", e, e, errors.Is(e, a), errors.Is(e, b))
	}
	fmt.Println(errors.Unwrap(e1) == a, errors.Unwrap(e2), errors.Unwrap(e4), errors.Unwrap(e5))
	var ce codeErr
	fmt.Println(errors.As(e3, &ce), ce)
	fmt.Printf("%v %s %q %x %10v|%-12s|\n", named("n"), named("n"), named("n"), named("n"), b, b)
	fmt.Printf("%d %v %+v\n", b, []error{a, b, nil}, []fmt.Stringer{named("x"), named("y")})
	fmt.Println(b, named("z"))
	fmt.Printf("%s\n", fmt.Errorf("%w", fmt.Errorf("%w", fmt.Errorf("deep"))))
}
