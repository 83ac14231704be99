// Checks functions returning multiple results, passing them on, swapping and the blank identifier.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(s []int) (int, int) {
	lo, hi := s[0], s[0]
	for _, v := range s {
		if v < lo {
			lo = v
		}
		if v > hi {
			hi = v
		}
	}
	return lo, hi
}

func swap(a, b string) (string, string) {
	return b, a
}

func add(a, b int) int {
	return a + b
}

func three() (int, string, bool) {
	return 7, "seven", true
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	lo, hi := minmax(ints(4, -2, 9, 0, 3))
	fmt.Println(lo, hi)
	s1, s2 := swap("first", "second")
	fmt.Println(s1, s2)
	s1, s2 = s2, s1
	fmt.Println(s1, s2)
	fmt.Println(add(divmod(23, 4)))
	_, rem := divmod(100, 7)
	fmt.Println(rem)
	n, name, ok := three()
	fmt.Println(n, name, ok)
	fmt.Println(three())
	var a, b int
	a, b = divmod(9, 2)
	fmt.Println(a, b)
}

func ints(v ...int) []int {
	return v
}
