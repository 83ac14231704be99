package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }
func (q Sq) Name() string    { return "sq" }

func main() {
	var s Shape = Sq{2}
	fmt.Println(s.Area())
}
