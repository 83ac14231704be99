package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	a := struct {
		Name string
		Age  int
	}{"bob", 30}
	b := struct {
		Name string
		Age  int
	}{"bob", 30}
	fmt.Println(a == b, a)
	fmt.Printf("%v %+v %#v %T\n", a, a, a, a)
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	var p Point = pts[1]
	fmt.Println(p, pts)
	grid := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	g2 := grid
	fmt.Println(grid == g2)
	g2[1][1] = 0
	fmt.Println(grid == g2, g2 != grid, grid[1], g2[1])
	type key struct {
		a string
		b [2]int
	}
	m := map[key]int{}
	m[key{"x", [2]int{1, 2}}] = 1
	m[key{"x", [2]int{1, 2}}] += 5
	m[key{"y", [2]int{1, 2}}] = 2
	fmt.Println(len(m), m[key{"x", [2]int{1, 2}}], m[key{"z", [2]int{}}])
	pm := map[Point]string{{1, 2}: "a", {2, 1}: "b"}
	fmt.Println(pm[Point{1, 2}], pm[Point{2, 1}], len(pm))
	am := map[[2]string]bool{{"a", "b"}: true}
	fmt.Println(am[[2]string{"a", "b"}], am[[2]string{"b", "a"}])
	var e struct{}
	fmt.Println(e, struct{}{} == e)
	nested := struct {
		P  *Point
		In struct{ A, B int }
	}{&Point{1, 2}, struct{ A, B int }{3, 4}}
	fmt.Printf("%v %+v\n", nested.In, nested.In)
	fmt.Println(nested.P.X, *nested.P)
}
