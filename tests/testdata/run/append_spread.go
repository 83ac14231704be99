// Checks append(s, t...) for int, string and byte slices, self-append and appending nil or empty slices.
package main

import "fmt"

func show(label string, s []int) {
	fmt.Print(label, ":")
	for _, v := range s {
		fmt.Print(" ", v)
	}
	fmt.Println(" len", len(s))
}

func main() {
	a := ints(1, 2, 3)
	b := ints(4, 5)
	c := append(a, b...)
	show("a+b", c)
	c = append(c, c...)
	show("c+c", c)
	var none []int
	show("nil", append(none, none...))
	show("a+nil", append(a, none...))
	show("nil+b", append(none, b...))
	show("empty", append(make([]int, 0), make([]int, 0)...))
	var yz []string
	yz = append(yz, "y", "z")
	x := append(make([]string, 1), yz...)
	x[0] = "x"
	fmt.Println(len(x), x[0]+x[1]+x[2])
	bs := append([]byte("ab"), []byte("cd")...)
	bs = append(bs, "ef"...)
	fmt.Println(string(bs))
	// append into spare capacity is visible in the original backing array
	base := make([]int, 2, 10)
	ext := append(base[:1], 9, 8)
	fmt.Println(base[1], ext[2], len(base), len(ext))
	parts := make([][]int, 0)
	parts = append(parts, ints(1), ints(2, 3), ints(4, 5, 6))
	var flat []int
	for _, p := range parts {
		flat = append(flat, p...)
	}
	show("flat", flat)
}

func ints(v ...int) []int {
	return v
}
