package main

import "fmt"

type Name string
type Flag bool
type Small uint8
type Ratio float32

func show(v any) {
	defer func() { fmt.Println(recover()) }()
	panic(v)
}

func main() {
	show(Flag(true))
	show(Small(200))
	show(Ratio(0.25))
	show(int16(-3))
	panic(Name("bob"))
}
