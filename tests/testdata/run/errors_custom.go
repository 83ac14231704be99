// errors: custom Is and As methods, Unwrap() []error trees, comparing non-comparable targets, Join message layout.
package main

import (
	"errors"
	"fmt"
)

type timeout struct{ op string }

func (t *timeout) Error() string   { return t.op + ": timeout" }
func (t *timeout) Is(e error) bool { return e == errTimeout }

var errTimeout = errors.New("timeout")

type multi []error

func (m multi) Error() string   { return fmt.Sprintf("%d errors", len(m)) }
func (m multi) Unwrap() []error { return m }

type coded struct{ code int }

func (c coded) Error() string { return fmt.Sprintf("code %d", c.code) }

type asAny struct{}

func (asAny) Error() string { return "asAny" }
func (asAny) As(target any) bool {
	if p, ok := target.(*coded); ok {
		p.code = 99
		return true
	}
	return false
}

func main() {
	t := &timeout{"read"}
	fmt.Println(errors.Is(t, errTimeout), errors.Is(fmt.Errorf("x: %w", t), errTimeout), errors.Is(t, errors.New("timeout")))
	m := multi{errors.New("a"), t, coded{3}}
	fmt.Println(m, errors.Is(m, errTimeout), errors.Is(m, coded{3}), errors.Is(m, coded{4}))
	var c coded
	fmt.Println(errors.As(m, &c), c.code)
	var t2 *timeout
	fmt.Println(errors.As(fmt.Errorf("w: %w", m), &t2), t2 == t)
	var c2 coded
	fmt.Println(errors.As(asAny{}, &c2), c2.code)
	fmt.Println(errors.Is(multi{}, multi{}), errors.Is(m, m))
	j := errors.Join(errors.New("first"), errors.Join(errors.New("second"), errors.New("third")))
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, errTimeout), errors.Unwrap(j) == nil)
	deep := error(coded{1})
	for i := 0; i < 50; i++ {
		deep = fmt.Errorf("level %d: %w", i, deep)
	}
	var c3 coded
	fmt.Println(errors.As(deep, &c3), c3.code, len(deep.Error()))
}
