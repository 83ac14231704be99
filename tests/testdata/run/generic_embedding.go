package main

import "fmt"

type Base[T any] struct {
	items []T
}

func (b *Base[T]) Add(x T)     { b.items = append(b.items, x) }
func (b Base[T]) Count() int   { return len(b.items) }
func (b Base[T]) Items() []T   { return b.items }

type Named struct {
	Base[string]
	Name string
}

type Tagged[T any] struct {
	*Base[T]
	Tag string
}

type Counted interface{ Count() int }

func main() {
	var n Named
	n.Name = "n"
	n.Add("x")
	n.Add("y")
	fmt.Println(n.Count(), n.Items(), n)
	var c Counted = n
	fmt.Println(c.Count())
	c = &n
	fmt.Println(c.Count())
	t := Tagged[int]{&Base[int]{}, "t"}
	t.Add(1)
	t.Add(2)
	t.Add(3)
	fmt.Println(t.Count(), t.Items(), t.Tag)
	c = t
	fmt.Println(c.Count())
	fmt.Printf("%T %T\n", t, t.Base)
}
