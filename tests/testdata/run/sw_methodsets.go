package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Named struct{ name string }

func (n Named) Name() string { return n.name }

type Dog struct {
	Named
	loud bool
}

func (d *Dog) Sound() string {
	if d.loud {
		return "WOOF"
	}
	return "woof"
}

type Cat struct{ *Named }

func (Cat) Sound() string { return "meow" }

type Counter interface{ Inc() int }

type C struct{ n int }

func (c *C) Inc() int { c.n++; return c.n }

type Wrap struct{ C }

type Deep struct{ Wrap }

type Greeter interface{ Greet() string }
type Loud interface {
	Greeter
	Volume() int
}

type G struct{ v int }

func (g G) Greet() string { return fmt.Sprint("hi", g.v) }
func (g G) Volume() int   { return g.v * 10 }

func describe(a Animal) string { return a.Name() + " says " + a.Sound() }

func main() {
	d := &Dog{Named{"rex"}, true}
	c := Cat{&Named{"tom"}}
	animals := []Animal{d, c, &Cat{&Named{"ptr"}}}
	for _, a := range animals {
		fmt.Println(describe(a))
	}
	var ctr Counter = &Wrap{}
	ctr.Inc()
	fmt.Println(ctr.Inc())
	dp := &Deep{}
	dp.Inc()
	dp.Wrap.Inc()
	dp.Wrap.C.Inc()
	fmt.Println(dp.n, dp.C.n)
	var ctr2 Counter = dp
	fmt.Println(ctr2.Inc())
	var l Loud = G{3}
	var gr Greeter = l
	fmt.Println(gr.Greet(), l.Volume())
	if lo, ok := gr.(Loud); ok {
		fmt.Println("also loud", lo.Volume())
	}
	_, isCounter := gr.(Counter)
	fmt.Println(isCounter)
	var x interface{} = d
	if a, ok := x.(Animal); ok {
		fmt.Println("dog is animal", a.Name())
	}
	var y interface{} = *d
	_, ok := y.(Animal)
	fmt.Println("Dog value is animal:", ok)
	w := Wrap{}
	w.Inc()
	f := w.Inc
	f()
	fmt.Println(w.n)
}
