package main

import "fmt"

func check(f func(int) int, v int) int { return f(v) }

func main() {
	xs := []int{1, 2, 3}
	idx := 1
	get := func(i int) int { return xs[i+idx] }
	fmt.Println(get(0))
	fmt.Println(check(get, 1))
	fmt.Println(check(get, 2))
}
