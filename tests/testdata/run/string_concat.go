// Checks string concatenation with + and +=, including empty strings and building in loops.
package main

import "fmt"

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out = out + sep
		}
		out = out + p
	}
	return out
}

func main() {
	a := "hello"
	b := "world"
	c := a + ", " + b + "!"
	fmt.Println(c)
	fmt.Println(len(c))
	fmt.Println(repeat("ab", 5))
	fmt.Println("[" + repeat("x", 0) + "]")
	var parts []string
	parts = append(parts, "go", "is", "fun")
	fmt.Println(join(parts, "-"))
	s := ""
	s += ""
	fmt.Println(len(s), s == "")
	const greeting = "con" + "stant"
	fmt.Println(greeting + " " + greeting)
	t := "line"
	for i := 0; i < 3; i++ {
		t += "."
		fmt.Println(t)
	}
}
