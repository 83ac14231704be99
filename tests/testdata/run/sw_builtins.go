package main

import "fmt"

type P struct{ X, Y int }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	fmt.Println(s, len(s))
	ps := []P{{1, 2}, {3, 4}}
	clear(ps)
	fmt.Println(ps)
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "a", "c"), min("b", "a"))
	nan := 0.0
	nan = nan / nan
	fmt.Println(min(1.0, nan), max(nan, 1.0), min(nan, 1.0))
	negz := 0.0
	negz = -negz
	fmt.Println(min(0.0, negz), max(negz, 0.0), 1/min(0.0, negz), 1/max(negz, 0.0))
	var i8 int8 = -5
	fmt.Println(min(i8, 3), max(i8, -10))
	const k = min(1, 2.5, 3)
	fmt.Println(k)
	a := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n := copy(a[2:], a)
	fmt.Println(n, a)
	a = []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(a, a[3:])
	fmt.Println(n, a)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, string(bs))
	x := make([]int, 3, 10)
	y := append(x, 1)
	z := append(x, 2)
	fmt.Println(y[3], z[3], len(x), cap(y))
	w := append(x[:3:3], 9)
	w[0] = 100
	fmt.Println(x[0], w[0], cap(w))
	var nilS []int
	nilS = append(nilS, nilS...)
	fmt.Println(nilS == nil, len(nilS))
	e := append([]int{}, nilS...)
	fmt.Println(e == nil, len(e))
	caps := []int{}
	var g []int
	for i := 0; i < 20; i++ {
		g = append(g, i)
		caps = append(caps, cap(g))
	}
	fmt.Println(caps, g)
	var strs []string
	for i := 0; i < 10; i++ {
		strs = append(strs, "x")
	}
	fmt.Println(cap(strs))
	big := append([]byte(nil), make([]byte, 1000)...)
	fmt.Println(cap(big))
	pp := append([]P(nil), P{1, 1}, P{2, 2}, P{3, 3})
	fmt.Println(cap(pp), pp)
	bb := append([]byte("ab"), "cd"...)
	fmt.Println(string(bb))
}
