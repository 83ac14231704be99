package main

import (
	"fmt"
	"strings"
)

// Package-level variables initialised from constants and composite literals
// become static data; they must read and write like any variable, keep Go's
// initialisation order relative to dynamic initialisers, and share nothing.

type point struct {
	x, y int8
	name string
	f    float32
	c    complex128
	ok   bool
}

type node struct {
	val  int
	next *node
}

var (
	primes  = [...]int{2, 3, 5, 7, 11, 13}
	keyed   = [8]uint16{1: 10, 5: 50, 60, 7: 70}
	words   = []string{"alpha", "beta", "", "gamma"}
	empty   = []int{}
	nilS    []int
	pts     = []point{{1, -2, "a", 1.5, 2 + 3i, true}, {x: -128, name: "b", f: -0.25}}
	ptrs    = []*point{{x: 9, name: "p9"}, nil, {y: 8}}
	list    = &node{1, &node{2, &node{3, nil}}}
	nested  = [2][3]float64{{1, 2.5, -3}, {1e300, 5e-324}}
	grid    = [][]byte{{'a', 'b'}, {}, {'c'}}
	ops     = []func(int) int{double, square, nil}
	op      = double
	maxU    = uint64(1<<64 - 1)
	minI    = int64(-1 << 63)
	u8      = uint8(200)
	r       = 'é'
	pi      = 3.14159
	greet   = "hello, " + "static"
	counter = next()  // dynamic: a call
	after   = counter * 10
	total   = sum(primes[:]) // dynamic, reads static data
	byName  = map[string]int{"one": 1, "two": 2}
	iface   any = 5 // an interface: stays dynamic
	strp    = &words
	zeroArr [4]int
	zeroLit = [3]int{}
	anon    = struct {
		A int
		B []string
	}{7, []string{"x", "y"}}
)

var calls int

func next() int { calls++; return calls }

func double(x int) int { return 2 * x }
func square(x int) int { return x * x }

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func fresh() []int { return []int{1, 2, 3} }

func main() {
	fmt.Println(primes, len(primes), keyed)
	fmt.Println(strings.Join(words, ","), len(words), cap(words))
	fmt.Println(empty == nil, len(empty), nilS == nil)
	fmt.Printf("%+v\n", pts)
	fmt.Println(*ptrs[0], ptrs[1] == nil, ptrs[2].y)
	for n := list; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	fmt.Println(nested, grid, len(grid[1]), grid[1] == nil)
	fmt.Println(ops[0](4), ops[1](4), ops[2] == nil, op(21))
	fmt.Println(maxU, minI, u8, r, pi, greet)
	fmt.Println(counter, after, total, calls)
	fmt.Println(byName["two"], iface, len(*strp))
	fmt.Println(zeroArr, zeroLit, anon)

	// static data is ordinary writable memory
	primes[0] = 100
	words[1] = "BETA"
	pts[1].name = "changed"
	list.next.val = 20
	nested[1][2] = 7
	grid[0][1] = 'z'
	ops[2] = square
	anon.B = append(anon.B, "z")
	fmt.Println(primes, words, pts[1].name, list.next.val, nested[1], string(grid[0]), ops[2](5), anon)
	// a literal evaluated at run time is a fresh value every time
	a, b := fresh(), fresh()
	a[0] = 9
	fmt.Println(a, b)
}
