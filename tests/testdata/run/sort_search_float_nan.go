package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	x := []float64{math.NaN(), 1, 2, 3}
	fmt.Println(sort.SearchFloat64s(x, math.NaN()), sort.SearchFloat64s(x, 2), sort.SearchFloat64s(x, math.Inf(-1)))
	fmt.Println(sort.Float64Slice(x).Search(math.NaN()))
}
