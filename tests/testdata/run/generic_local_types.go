package main

import "fmt"

func F[T any](x T) any {
	type pair struct{ a, b T }
	p := pair{x, x}
	fmt.Printf("%T %v\n", p, p)
	return p
}

func main() {
	a, b := F(1), F("s")
	fmt.Println(a == a, a == b)
}

type Num interface{ ~int | ~float64 }

func Stats[T Num](xs []T) string {
	type acc struct {
		sum, max T
		n        int
	}
	var a acc
	for i, x := range xs {
		a.sum += x
		if i == 0 || x > a.max {
			a.max = x
		}
		a.n++
	}
	add := func(p *acc) { p.n *= 10 }
	add(&a)
	return fmt.Sprintf("%T %+v", a, a)
}

func init() {
	fmt.Println(Stats([]int{3, 9, 2}))
	fmt.Println(Stats([]float64{0.5}))
}
