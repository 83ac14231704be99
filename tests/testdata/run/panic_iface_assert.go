// A failed type assertion panics with gc's interface conversion message.
package main

import "fmt"

type shape interface{ area() int }
type sq struct{ s int }
type circle struct{ r int }

func (s sq) area() int     { return s.s * s.s }
func (c circle) area() int { return 3 * c.r * c.r }

func main() {
	var s shape = sq{2}
	fmt.Println(s.(sq).area())
	fmt.Println(s.(circle).area())
}
