// Struct types: field reads and writes, zero values, positional and keyed literals, printing.
package main

import "fmt"

type point struct {
	x, y int
}

type person struct {
	name string
	age  int
	home point
	tags []string
}

func main() {
	var p point
	fmt.Println(p, p.x, p.y)
	p.x = 3
	p.y += 4
	fmt.Println(p)
	q := point{1, 2}
	r := point{y: 5}
	fmt.Println(q, r)
	bob := person{name: "Bob", age: 30, home: point{7, 8}, tags: []string{"a", "b"}}
	bob.age++
	bob.home.x = 70
	fmt.Println(bob)
	fmt.Println(bob.name, bob.home.y, len(bob.tags))
	var empty person
	fmt.Println(empty, empty.tags == nil)
}
