package main

import "fmt"

// Lexical errors do not stop gc before type checking (syntax errors do): the bad
// literals become invalid operands, and the type errors after them are reported too.
func main() {
	s := "a\qb"
	r := 'ab'
	x := 0x
	var i int = "str"
	var u uint8 = 256
	fmt.Println(s, r, x, i, u)
	t := s + 1
	_ = r
	y := 08
}
