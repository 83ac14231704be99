package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() int { return 0 }

func total[S Shape](xs []S) float64 {
	t := 0.0
	for _, x := range xs {
		t += x.Area()
	}
	return t
}

func main() {
	fmt.Println(total([]Sq{{1}}))
	var _ Shape = (*Sq)(nil)
}
