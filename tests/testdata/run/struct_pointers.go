// Pointers to structs: &T{...}, new(T), automatic dereference in selectors, shared updates.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

type counter struct {
	n    int
	name string
}

func push(head *node, v int) *node {
	return &node{val: v, next: head}
}

func bump(c *counter) {
	c.n++
}

func main() {
	var list *node
	for i := 1; i <= 5; i++ {
		list = push(list, i*i)
	}
	for n := list; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	c := &counter{name: "clicks"}
	for i := 0; i < 3; i++ {
		bump(c)
	}
	fmt.Println(c.n, c.name, *c)
	d := new(counter)
	d.name = "new"
	e := d
	e.n = 5
	fmt.Println(d.n, d == e, c == d)
	fmt.Println(c)
	local := counter{name: "local"}
	bump(&local)
	lp := &local
	lp.n *= 10
	fmt.Println(local)
}
