package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named struct{ Name string }

func (n Named) Describe() string { return "I am " + n.Name }

type Circle struct {
	Named
	R float64
}

type Rect struct {
	*Named
	W, H float64
}

type Square struct {
	Rect
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (s Square) String() string     { return fmt.Sprintf("Square(%g)", s.W) }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func classify(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%.1f %s", v.R, v.Describe())
	case Square:
		return fmt.Sprintf("square %v %s", v, v.Describe())
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{
		Circle{Named{"c1"}, 1},
		Rect{&Named{"r1"}, 3, 4},
		Square{Rect{&Named{"sq"}, 2, 2}},
		Circle{Named{"c2"}, 0.5},
	}
	sort.Sort(ByArea(shapes))
	for i, s := range shapes {
		fmt.Printf("%d: %-30s area=%8.3f perim=%.2f\n", i, classify(s), s.Area(), s.Perimeter())
	}
	var total float64
	for _, s := range shapes {
		if st, ok := s.(fmt.Stringer); ok {
			fmt.Println("stringer:", st)
		}
		total += s.Area()
	}
	fmt.Printf("total %.4f\n", total)
	fmt.Printf("%v\n", shapes[0])
	fmt.Printf("%+v\n", shapes[1])
	c := Circle{Named{"zz"}, 2}
	f := c.Area
	c.R = 10
	fmt.Printf("%.3f %.3f\n", f(), c.Area())
	g := Circle.Perimeter
	fmt.Printf("%.3f\n", g(c))
	desc := strings.Map(func(r rune) rune {
		if r == ' ' {
			return '_'
		}
		return r
	}, c.Describe())
	fmt.Println(desc)
	var s Shape
	fmt.Println(s == nil, fmt.Sprintf("%v", s))
	var sq *Square
	s2 := interface{}(sq)
	fmt.Println(s2 == nil, s2.(*Square) == nil)
}
