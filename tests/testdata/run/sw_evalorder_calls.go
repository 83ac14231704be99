package main

import "fmt"

type P struct{ A, B int }

func main() {
	x := 10
	inc := func() int { x++; return x }
	fmt.Println(x, inc())
	y := x + inc()
	fmt.Println(y)
	z := []int{x, inc(), x}
	fmt.Println(z)
	p := P{x, inc()}
	fmt.Println(p)
	arr := [3]int{1, 2, 3}
	mod := func() int { arr[0] = 100; return 1 }
	w := arr[0] + mod()
	fmt.Println(w)
	s := "a"
	app := func() string { s += "b"; return "c" }
	r := s + app()
	fmt.Println(r)
	m := map[string]int{"k": 1}
	mm := func() int { m["k"] = 50; return 1 }
	fmt.Println(m["k"] + mm())
	var q int = 1
	setq := func() int { q = 7; return 0 }
	a, b := q, setq()
	fmt.Println(a, b)
	c := q*2 - setq()
	fmt.Println(c)
}
