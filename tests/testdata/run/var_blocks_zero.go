// Checks var declarations, var blocks, multiple assignment and zero values of the subset's types.
package main

import "fmt"

var (
	pi      int
	name    string
	enabled bool
	items   []int
	raw     []byte
	words   []string
)

var (
	p, q    = 1, "two"
	r, s, t int
)

func main() {
	fmt.Println(pi, "["+name+"]", enabled, len(items), cap(items), len(raw), len(words))
	fmt.Println(p, q, r, s, t)
	var i8 int8
	var u64 uint64
	var ch byte
	var rn rune
	fmt.Println(i8, u64, ch, rn)
	var (
		a    = 10
		b, c = a * 2, a * 3
		d    string
	)
	fmt.Println(a, b, c, "["+d+"]")
	var e, f = "e", true
	fmt.Println(e, f)
	g, h := 1, 2
	g, h = h, g
	fmt.Println(g, h)
	h, k := 3, 4
	fmt.Println(h, k)
	pi = 314
	name = "pogo"
	enabled = true
	items = append(items, pi)
	fmt.Println(pi, name, enabled, len(items), items[0])
	var z int = 0
	z, _ = 5, 6
	fmt.Println(z)
}
