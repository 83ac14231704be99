package main

import "fmt"

var (
	a = b + c
	b = f("b")
	c = f("c")
	d = func() int { fmt.Println("init d, a =", a); return a * 2 }()
)

var trace []string

func f(s string) int {
	trace = append(trace, s)
	return len(trace)
}

var total = sum(x, y)
var x, y = pair()

func pair() (int, int) {
	trace = append(trace, "pair")
	return 10, 20
}

func sum(v ...int) int {
	s := 0
	for _, n := range v {
		s += n
	}
	return s
}

func init() {
	fmt.Println("init 1", a, b, c, d, total)
	trace = append(trace, "init1")
}

func init() {
	fmt.Println("init 2", trace)
}

var m = map[string]int{"k": k}

const k = iota + 5

var table = [...]string{2: "two", 0: "zero", 5: "five"}

func main() {
	fmt.Println("main", m, len(table), table)
	fmt.Printf("%q\n", table)
}
