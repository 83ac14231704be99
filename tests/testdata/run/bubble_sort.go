// Checks in-place sorting of a slice passed to functions (bubble and selection sort) and swaps.
package main

import "fmt"

func bubble(s []int) int {
	swaps := 0
	for n := len(s); n > 1; n-- {
		for i := 1; i < n; i++ {
			if s[i-1] > s[i] {
				s[i-1], s[i] = s[i], s[i-1]
				swaps++
			}
		}
	}
	return swaps
}

func selection(s []int) {
	for i := 0; i < len(s); i++ {
		m := i
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[m] {
				m = j
			}
		}
		s[i], s[m] = s[m], s[i]
	}
}

func print(s []int) {
	for _, v := range s {
		fmt.Print(v, " ")
	}
	fmt.Println()
}

func main() {
	a := ints(5, 2, 9, -1, 0, 7, 7, 3, 12, -8)
	b := make([]int, len(a))
	copy(b, a)
	fmt.Println("swaps:", bubble(a))
	print(a)
	selection(b)
	print(b)
	seed := 12345
	c := make([]int, 30)
	for i := range c {
		seed = (seed*1103515245 + 12345) % 2147483648
		c[i] = seed % 1000
	}
	fmt.Println("swaps:", bubble(c))
	print(c)
}

func ints(v ...int) []int {
	return v
}
