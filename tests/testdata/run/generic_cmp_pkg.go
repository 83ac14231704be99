package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	zero := 0.0
	inf := 1 / zero
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
	nan := zero / zero
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan))
	fmt.Println(cmp.Less(nan, -inf), cmp.Less(1, 2), cmp.Less("x", "x"))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", ""), cmp.Or[*int]() == nil)
	fs := []float64{3, nan, 1, inf, -2, nan}
	slices.Sort(fs)
	fmt.Println(fs)
	fmt.Println(slices.Max([]float64{1, nan, 3}), slices.Min([]float64{1, 2}))
	ps := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}}
	slices.SortFunc(ps, func(a, b Person) int {
		return cmp.Or(cmp.Compare(b.Age, a.Age), cmp.Compare(a.Name, b.Name))
	})
	fmt.Println(ps)
	fmt.Println(min(1.0, nan), max(-0.0, 0.0), min(0.0, -zero), max(3, 1, 2), min("b", "a"))
}
