package main

import "fmt"

func main() {
	var m map[string]int
	s := []int{1}
	s = append(s, "x")
	_ = append(m, 1)
	_ = len(5)
	_ = cap(m)
	delete(s, 0)
	copy(s, "abc")
	var a [3]int
	_ = append(a, 1)
	_ = make([]int)
	_ = make(int)
	_ = new(5)
	fmt.Println(s, a)
}
