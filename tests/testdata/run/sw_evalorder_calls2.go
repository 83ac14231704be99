package main

import "fmt"

var g = 1

func bump() int { g += 10; return 1 }

func rec(n int) int {
	if n == 0 {
		return 0
	}
	return g + rec(n-1)
}

type S struct{ v int }

func (s S) get() int { return s.v }
func (s *S) set() int { s.v = 99; return 0 }

func main() {
	x := 1
	inc := func() int { x++; return x }
	x += inc()
	fmt.Println(x)
	g = 1
	fmt.Println(g+bump(), bump()+g)
	fmt.Println(rec(3))
	s := S{1}
	fmt.Println(s.get() + s.set())
	fmt.Println(s.v, s.set(), s.v)
	arr := []int{1, 2}
	idx := 0
	f := func() int { idx = 1; return 5 }
	fmt.Println(arr[idx] + f())
	str := "a"
	fmt.Println(str + fmt.Sprint(func() string { str = "z"; return "b" }()))
	b := x > 0 && inc() > 0
	fmt.Println(b, x)
}
