// errors: New, Is, As (pointer and value targets, error target), Unwrap, Join, ErrUnsupported with fmt.Errorf wrapping.
package main

import (
	"errors"
	"fmt"
)

type myErr struct{ Code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type ValErr int

func (e ValErr) Error() string { return fmt.Sprintf("val %d", int(e)) }

var ErrNotFound = errors.New("not found")

func main() {
	e1 := fmt.Errorf("lookup: %w", ErrNotFound)
	e2 := fmt.Errorf("outer: %w", e1)
	fmt.Println(e2, errors.Is(e2, ErrNotFound), errors.Is(e2, errors.New("not found")), errors.Unwrap(e2) == e1, errors.Unwrap(ErrNotFound))
	me := &myErr{42}
	e3 := fmt.Errorf("ctx: %w", me)
	var target *myErr
	fmt.Println(errors.As(e3, &target), target.Code, target == me)
	var ve ValErr
	e4 := fmt.Errorf("v: %w", ValErr(7))
	fmt.Println(errors.As(e4, &ve), ve, errors.As(e3, &ve))
	j := errors.Join(nil, ErrNotFound, nil, me)
	fmt.Println(j, errors.Is(j, ErrNotFound), errors.As(j, &target), errors.Join(), errors.Join(nil))
	fmt.Printf("%q\n", j.Error())
	var anyErr error
	fmt.Println(errors.As(e2, &anyErr), anyErr == e2)
	fmt.Println(errors.Is(nil, nil), errors.Is(e1, nil), errors.Is(nil, e1), errors.ErrUnsupported)
	multi := fmt.Errorf("%w + %w", ErrNotFound, ValErr(3))
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.Is(multi, ValErr(3)), errors.Is(multi, ValErr(4)), errors.Unwrap(multi))
	fmt.Printf("%T %T %T %T\n", ErrNotFound, e1, j, multi)
}
