package main

import "fmt"

type A struct {
	X int `json:"x"`
	Y string
}

type B struct {
	X int
	Y string `yaml:"y"`
}

type Outer struct {
	In struct {
		N int `tag:"n"`
	}
}

type Outer2 struct {
	In struct{ N int }
}

func main() {
	a := A{1, "one"}
	b := B(a)
	p := (*B)(&a)
	p.X = 7
	fmt.Println(b, a, *p)
	o := Outer2(Outer{})
	o.In.N = 3
	fmt.Printf("%+v\n", o)
}
