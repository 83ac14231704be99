package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	x := []float64{3.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 2, math.NaN(), -0.5}
	fmt.Println(sort.Float64sAreSorted(x))
	sort.Float64s(x)
	fmt.Println(x, sort.Float64sAreSorted(x))
	y := []float64{1, 2.5, 2.5, 4}
	for _, v := range []float64{0, 1, 2, 2.5, 3, 5} {
		fmt.Print(sort.SearchFloat64s(y, v), " ", sort.Float64Slice(y).Search(v), " ")
	}
	fmt.Println()
	z := sort.Float64Slice{5, math.NaN(), 1, 3}
	z.Sort()
	fmt.Println(z, sort.IsSorted(z))
	sort.Sort(sort.Reverse(z))
	fmt.Println(z)
	w := sort.Float64Slice{9, 8, 7, 1, 2}
	sort.Stable(w)
	fmt.Println(w, w.Len(), w.Less(0, 1))
}
