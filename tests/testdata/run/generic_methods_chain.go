package main

import (
	"fmt"
	"strconv"
)

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func None[T any]() Opt[T] { return Opt[T]{} }

func (o Opt[T]) Get() (T, bool) { return o.val, o.ok }

func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func MapOpt[T, U any](o Opt[T], f func(T) U) Opt[U] {
	if v, ok := o.Get(); ok {
		return Some(f(v))
	}
	return None[U]()
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
		if len(c.order) > c.limit {
			old := c.order[0]
			c.order = c.order[1:]
			delete(c.data, old)
		}
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Lookup(k K) Opt[V] {
	if v, ok := c.data[k]; ok {
		return Some(v)
	}
	return None[V]()
}

func (c *Cache[K, V]) Keys() []K { return append([]K(nil), c.order...) }

func (c *Cache[K, V]) Adder() func(K, V) {
	return func(k K, v V) { c.Put(k, v) }
}

func main() {
	o := Some(21)
	fmt.Println(o, MapOpt(o, func(x int) string { return strconv.Itoa(x * 2) }))
	fmt.Println(MapOpt(None[int](), strconv.Itoa), None[string]().OrElse("dflt"))
	c := NewCache[string, float64](2)
	add := c.Adder()
	add("a", 1.5)
	add("b", 2.5)
	add("c", 3.5)
	fmt.Println(c.Keys(), c.Lookup("a"), c.Lookup("c"))
	fmt.Printf("%v %T\n", c.Lookup("b"), c.Lookup("b"))
	var s fmt.Stringer = Some([]int{1})
	fmt.Println(s.String())
}
