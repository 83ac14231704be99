// Embedded fields: promoted fields through values and pointers, explicit embedded access.
package main

import "fmt"

type base struct {
	id   int
	name string
}

type meta struct {
	tag string
}

type item struct {
	base
	*meta
	price int
}

type special struct {
	item
	extra bool
}

func main() {
	it := item{base{1, "pen"}, &meta{"office"}, 3}
	fmt.Println(it.id, it.name, it.tag, it.price)
	it.id = 2
	it.tag = "school"
	fmt.Println(it.base, it.meta.tag, it.base.id)
	s := special{item: it, extra: true}
	s.name = "pencil"
	s.price++
	fmt.Println(s.id, s.name, s.tag, s.price, s.extra, it.name)
	sp := &s
	sp.id = 9
	fmt.Println(s.item.base.id, sp.base)
}
