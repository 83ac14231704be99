// A nil pointer stored in an interface makes a non-nil interface value.
package main

import "fmt"

type myErr struct{}

func (e *myErr) Error() string { return "myErr" }

func mayFail(fail bool) error {
	var p *myErr
	if fail {
		p = &myErr{}
	}
	return p // never a nil interface
}

func isNil(x any) bool { return x == nil }

func main() {
	fmt.Println(mayFail(false) == nil, mayFail(true) == nil)
	var p *int
	fmt.Println(isNil(p), isNil(nil), isNil((*string)(nil)))
	var s []int
	var m map[string]int
	var f func()
	fmt.Println(isNil(s), isNil(m), isNil(f))
	var e error
	fmt.Println(isNil(e), e == nil)
}
