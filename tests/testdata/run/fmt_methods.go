// fmt: Stringer, error and Formatter operands with verbs and flags, FormatString, %w in Printf vs Errorf, multiple %w.
package main

import (
	"errors"
	"fmt"
)

type S int

func (s S) String() string { return fmt.Sprintf("S<%d>", int(s)) }

type F int

func (F) Format(st fmt.State, verb rune) { st.Write([]byte("F:" + fmt.FormatString(st, verb))) }

func main() {
	base := errors.New("base")
	e := fmt.Errorf("wrap %d: %w", 1, base)
	fmt.Println(e.Error())
	fmt.Printf("%v|%s|%q|%x|%d|%10v|\n", S(3), S(4), S(5), S(6), S(7), S(8))
	fmt.Printf("%v %+v\n", []S{1, 2}, []any{S(9), base, nil})
	fmt.Printf("%v|%-+#8.3x|%d\n", F(0), F(0), F(0))
	fmt.Printf("%w %v\n", base, e)
	fmt.Println(S(1), base, e)
	e2 := fmt.Errorf("%w and %w and %w", base, e, 5)
	fmt.Println(e2)
}
