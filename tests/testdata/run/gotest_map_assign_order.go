package main

import "fmt"

func boom() int { panic("boom") }

func main() {
	m := make(map[int]int)
	m[0] = len(m)
	m[5] = len(m) * 10
	fmt.Println(m)
	func() {
		defer func() { recover() }()
		m[9] = boom()
	}()
	_, ok := m[9]
	fmt.Println(len(m), ok)
	var x int
	m[7], x = len(m), len(m)+1
	fmt.Println(m[7], x, len(m))
	ms := map[string][]int{}
	ms["a"] = append(ms["a"], 1)
	ms["a"] = append(ms["a"], len(ms))
	fmt.Println(ms)
	m[1] += len(m)
	fmt.Println(m[1])
}
