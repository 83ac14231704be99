// Slices of ints, strings, structs, pointers and bytes appended to in loops, then returned
// (also with a second result or as a named result) or stored in package variables: len
// and cap at every step and afterwards, as gc computes them.
package main

import "fmt"

type pt struct {
	x, y int
}

var gInts []int
var gStrs []string

func retInts(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Println("retInts", len(s), cap(s))
	}
	return s
}

func retIntsNoCap(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*2)
	}
	return s
}

func retStrs(n int) []string {
	var s []string
	for i := 0; i < n; i++ {
		s = append(s, fmt.Sprint("s", i))
		fmt.Println("retStrs", len(s), cap(s))
	}
	return s
}

func retStrsNoCap(n int) []string {
	var s []string
	for i := 0; i < n; i++ {
		s = append(s, fmt.Sprint("t", i))
	}
	return s
}

func retPts(n int) []pt {
	var s []pt
	for i := 0; i < n; i++ {
		s = append(s, pt{i, -i})
		fmt.Println("retPts", len(s), cap(s))
	}
	return s
}

func retPtrs(n int) []*int {
	var s []*int
	for i := 0; i < n; i++ {
		v := i * 10
		s = append(s, &v)
		fmt.Println("retPtrs", len(s), cap(s))
	}
	return s
}

func retBytes(n int) []byte {
	var s []byte
	for i := 0; i < n; i++ {
		s = append(s, byte('a'+i))
	}
	return s
}

func storeGlobal(n int) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i+100)
		fmt.Println("storeGlobal", len(s), cap(s))
	}
	gInts = s
}

func storeGlobalStr(n int) {
	var s []string
	for i := 0; i < n; i++ {
		s = append(s, "x")
	}
	gStrs = s
}

func multiRet(n int) ([]int, error) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s, nil
}

func named(n int) (s []int) {
	for i := 0; i < n; i++ {
		s = append(s, i)
		_ = cap(s)
	}
	return
}

func twoAppends() []int {
	var s []int
	s = append(s, 1)
	s = append(s, 2)
	return s
}

func twoAppendsCap() []int {
	var s []int
	s = append(s, 1)
	fmt.Println("twoAppendsCap", cap(s))
	s = append(s, 2)
	return s
}

func oneAppend() []int {
	var s []int
	s = append(s, 1)
	return s
}

func main() {
	for _, n := range []int{0, 1, 2, 3, 4, 5, 9} {
		r := retInts(n)
		fmt.Println("main retInts", n, len(r), cap(r), r)
		r = retIntsNoCap(n)
		fmt.Println("main retIntsNoCap", n, len(r), cap(r), r)
		st := retStrs(n)
		fmt.Println("main retStrs", n, len(st), cap(st), st)
		st = retStrsNoCap(n)
		fmt.Println("main retStrsNoCap", n, len(st), cap(st), st)
		p := retPts(n)
		fmt.Println("main retPts", n, len(p), cap(p), p)
		q := retPtrs(n)
		sum := 0
		for _, x := range q {
			sum += *x
		}
		fmt.Println("main retPtrs", n, len(q), cap(q), sum)
		b := retBytes(n)
		fmt.Println("main retBytes", n, len(b), cap(b), string(b))
		storeGlobal(n)
		fmt.Println("main gInts", len(gInts), cap(gInts), gInts)
		storeGlobalStr(n)
		fmt.Println("main gStrs", len(gStrs), cap(gStrs), gStrs)
		m, _ := multiRet(n)
		fmt.Println("main multiRet", len(m), cap(m), m)
		m = named(n)
		fmt.Println("main named", len(m), cap(m), m)
	}
	a := twoAppends()
	fmt.Println(len(a), cap(a))
	a = twoAppendsCap()
	fmt.Println(len(a), cap(a))
	a = oneAppend()
	fmt.Println(len(a), cap(a))
}
