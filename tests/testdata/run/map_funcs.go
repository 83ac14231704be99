// Maps passed to functions share their contents; maps of funcs; clear.
package main

import "fmt"

func fill(m map[string]int, n int) {
	for i := 0; i < n; i++ {
		m[fmt.Sprint("k", i)] = i
	}
}

func main() {
	m := map[string]int{}
	fill(m, 3)
	fmt.Println(m)
	alias := m
	alias["extra"] = 99
	fmt.Println(len(m), m["extra"])
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4), ops["sub"] == nil)
	clear(m)
	fmt.Println(len(m), m)
	m["again"] = 1
	fmt.Println(m)
}
