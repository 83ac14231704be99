// Checks comparing slices with nil: zero-value slices, made slices, appended and resliced slices.
package main

import "fmt"

func describe(name string, isNil bool, n int) {
	fmt.Println(name, "nil:", isNil, "len:", n)
}

func collect(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return out
}

func main() {
	var a []int
	describe("zero value", a == nil, len(a))
	b := make([]int, 0)
	describe("make 0", b == nil, len(b))
	a = append(a, 1)
	describe("after append", a == nil, len(a))
	c := a[:0]
	describe("resliced to empty", c == nil, len(c))
	describe("collect 0", collect(0) == nil, 0)
	describe("collect 3", collect(3) == nil, 3)
	var s []string
	var bs []byte
	fmt.Println(s == nil, bs == nil, nil == s)
	bs = []byte("")
	fmt.Println(bs == nil, len(bs))
	s = append(s, "x")
	if s != nil && len(s) == 1 {
		fmt.Println("non-nil string slice")
	}
	a = nil
	describe("assigned nil", a == nil, len(a))
}
