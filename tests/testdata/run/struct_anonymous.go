// Anonymous struct types in variables, slices and literals, and assignability between them.
package main

import "fmt"

type named struct {
	a int
	b string
}

func main() {
	v := struct {
		a int
		b string
	}{1, "x"}
	fmt.Println(v, v.a, v.b)
	var n named = v
	n.a = 2
	fmt.Println(n, v)
	rows := []struct {
		k string
		v int
	}{{"one", 1}, {"two", 2}, {k: "three"}}
	for _, r := range rows {
		fmt.Print(r.k, "=", r.v, " ")
	}
	fmt.Println()
	fmt.Println(rows)
	var cfg struct {
		on    bool
		level int8
		name  string
	}
	cfg.level = -3
	fmt.Println(cfg)
}
