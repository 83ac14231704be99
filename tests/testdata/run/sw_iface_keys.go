package main

import "fmt"

type K struct {
	A int
	B string
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["1"] = 2
	m[K{1, "x"}] = 3
	m[1.5] = 4
	m[int8(1)] = 5
	m[true] = 6
	m[[2]int{1, 2}] = 7
	var np *int
	m[np] = 8
	m[nil] = 9
	fmt.Println(len(m), m[1], m["1"], m[K{1, "x"}], m[1.5], m[int8(1)], m[true], m[[2]int{1, 2}], m[np], m[nil])
	try("slice key", func() { m[[]int{1}] = 1 })
	try("map key", func() { _ = m[map[int]int{}] })
	try("func key", func() { m[func() {}] = 1 })
	try("struct with slice", func() {
		type S struct{ s []int }
		m[S{}] = 1
	})
	var a, b interface{} = []int{1}, []int{1}
	try("compare slices", func() { fmt.Println(a == b) })
	var c, d interface{} = 1, "x"
	try("compare diff types", func() { fmt.Println(c == d) })
	var e, f interface{} = map[int]int{}, 1
	try("compare map vs int", func() { fmt.Println(e == f) })
	type T struct{ f func() }
	var g, h interface{} = T{}, T{}
	try("compare struct with func", func() { fmt.Println(g == h) })
	var x, y interface{} = [1][]int{}, [1][]int{}
	try("compare array of slices", func() { fmt.Println(x == y) })
	delete(m, 1)
	fmt.Println(len(m))
	nan := 0.0
	nan = nan / nan
	fm := map[float64]int{}
	fm[nan] = 1
	fm[nan] = 2
	fm[0.0] = 3
	negz := 0.0
	negz = -negz
	fm[negz] = 4
	fmt.Println(len(fm), fm[0])
}
