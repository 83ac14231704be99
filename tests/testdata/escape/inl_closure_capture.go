package main

import "fmt"

// A literal that modifies a captured variable, called twice: the variable stays on the
// stack once both calls are inlined.
func counter() int {
	n := 0
	inc := func() { n++ }
	inc()
	inc()
	return n
}

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	fmt.Println(counter())
	sum := 0
	each([]int{1, 2, 3}, func(x int) { sum += x })
	fmt.Println(sum)
	for i := 0; i < 3; i++ {
		func() { println(i * i) }()
	}
	sq := func(x int) int { return x * x }
	t := 0
	for i := range 4 {
		t += sq(i)
	}
	fmt.Println(t)
}
