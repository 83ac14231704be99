// fmt.Println uses String() and Error() methods, on values and pointers.
package main

import "fmt"

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprint("(", p.x, ",", p.y, ")") }

type level int

func (l level) String() string {
	if l > 2 {
		return "HIGH"
	}
	return "low"
}

type wrapper struct{ v int }

func (w *wrapper) String() string { return fmt.Sprint("wrapped ", w.v) }

func main() {
	p := point{1, 2}
	fmt.Println(p, &p)
	fmt.Println(level(1), level(5))
	w := &wrapper{7}
	fmt.Println(w)
	fmt.Println(wrapper{8})
	fmt.Println(fmt.Sprint(p, level(3)))
}
