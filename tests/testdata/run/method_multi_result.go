// Methods with multiple results (value, error) used in := assignments, plus a mix of features.
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Inventory struct {
	items map[string]int
	log   []string
}

func NewInventory() *Inventory {
	return &Inventory{items: map[string]int{}}
}

var ErrEmpty = errors.New("empty")

func (inv *Inventory) Take(name string) (int, error) {
	n, ok := inv.items[name]
	if !ok || n == 0 {
		return 0, fmt.Errorf("take %s: %w", name, ErrEmpty)
	}
	inv.items[name]--
	inv.log = append(inv.log, "took "+name)
	return n - 1, nil
}


func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Rect{W: 1, H: 0.5}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println(total, len(shapes), shapes[0])
	inv := NewInventory()
	inv.items["apple"] = 2
	for i := 0; i < 3; i++ {
		left, err := inv.Take("apple")
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrEmpty))
			continue
		}
		fmt.Println("left", left)
	}
	fmt.Println(inv.log, inv.items)
	byName := map[string][]Shape{}
	for _, s := range shapes {
		byName[s.Name()] = append(byName[s.Name()], s)
	}
	fmt.Println(len(byName["rect"]), len(byName["circle"]))
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"b", 2}, {"a", 1}, {"c", 3}}
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			if ps[j].k < ps[i].k {
				ps[i], ps[j] = ps[j], ps[i]
			}
		}
	}
	fmt.Println(ps)
	var grid [3][3]rune
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
}
