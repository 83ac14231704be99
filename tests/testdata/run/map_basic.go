// Maps: make, assignment, lookup of missing keys, comma-ok, delete, len, printing sorted.
package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	delete(m, "two")
	delete(m, "nothing")
	_, ok = m["two"]
	fmt.Println(len(m), ok)
	m["one"] += 10
	m["four"]++
	fmt.Println(m)
	var nilmap map[string]bool
	fmt.Println(nilmap["x"], len(nilmap), nilmap == nil, nilmap)
	delete(nilmap, "x")
}
