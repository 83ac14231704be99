// run

// Structs, pointer methods and a Stringer.
package main

import "fmt"

type point struct{ x, y int }

func (p *point) move(dx, dy int) { p.x += dx; p.y += dy }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func main() {
	p := point{1, 2}
	p.move(3, 4)
	fmt.Println(p, p.x+p.y)
}
