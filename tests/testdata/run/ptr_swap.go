// Functions that modify their callers' variables through pointer parameters.
package main

import "fmt"

func swap(a, b *int) {
	*a, *b = *b, *a
}

func divmod(a, b int, q, r *int) {
	*q = a / b
	*r = a % b
}

func fill(p *string, n int) {
	for i := 0; i < n; i++ {
		*p += "ab"
	}
}

func main() {
	x, y := 3, 4
	swap(&x, &y)
	fmt.Println(x, y)
	var q, r int
	divmod(17, 5, &q, &r)
	fmt.Println(q, r)
	s := ">"
	fill(&s, 3)
	fmt.Println(s)
	total := 0
	add := &total
	for i := 1; i <= 10; i++ {
		*add += i
	}
	fmt.Println(total)
}
