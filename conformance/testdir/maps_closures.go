// run

// Maps and closures.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = m["a"] + m["b"]
	c := counter()
	c()
	fmt.Println(len(m), m["c"], c(), m)
}
