// Closures over structs and slices; func fields in structs; funcs stored in slices.
package main

import "fmt"

type button struct {
	label   string
	onClick func() string
}

type stack struct{ items []int }

func main() {
	clicks := 0
	b := button{label: "ok", onClick: func() string {
		clicks++
		return fmt.Sprint("clicked ", clicks)
	}}
	fmt.Println(b.onClick())
	fmt.Println(b.onClick(), clicks)
	s := stack{}
	push := func(v int) { s.items = append(s.items, v) }
	pop := func() int {
		v := s.items[len(s.items)-1]
		s.items = s.items[:len(s.items)-1]
		return v
	}
	for i := 1; i <= 3; i++ {
		push(i)
	}
	fmt.Println(pop(), pop(), s.items)
	var nilf func() int
	fmt.Println(nilf == nil, b.onClick != nil)
	handlers := map1()
	fmt.Println(handlers[1]("x"))
}

func map1() []func(string) string {
	prefix := ">"
	return []func(string) string{
		func(s string) string { return prefix + s },
		func(s string) string { return prefix + prefix + s },
	}
}
