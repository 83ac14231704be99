// Checks variadic functions over ints: no arguments, several arguments and spreading a slice with ...
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func count(label string, nums ...int) string {
	return label + ":" + fmt.Sprint(len(nums))
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1))
	fmt.Println(sum(1, 2, 3, 4, 5))
	s := append(make([]int, 0, 3), 10, 20, 30)
	fmt.Println(sum(s...))
	fmt.Println(sum(s[1:]...))
	fmt.Println(count("none"), count("three", 1, 2, 3), count("spread", s...))
	fmt.Println(maxOf(3), maxOf(3, 9, 4), maxOf(-1, s...))
	var empty []int
	fmt.Println(sum(empty...))
}
