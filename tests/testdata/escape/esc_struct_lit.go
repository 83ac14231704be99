package main

type Point struct{ X, Y int }

//go:noinline
func newPoint(x, y int) *Point {
	return &Point{x, y}
}

//go:noinline
func dist(x, y int) int {
	p := &Point{x, y}
	return p.X*p.X + p.Y*p.Y
}

//go:noinline
func main() {
	p := newPoint(3, 4)
	println(p.X, p.Y, dist(3, 4))
}
