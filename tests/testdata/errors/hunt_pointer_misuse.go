package main

import "fmt"

type T struct{ v int }

func (t *T) Set(v int) { t.v = v }

func main() {
	var p *int
	x := 5
	p = x
	p = &5
	*x = 3
	var t T
	T{}.Set(1)
	t.Set(2)
	var q **T = &t
	fmt.Println(p, q, x.v)
}
