// Checks for-range over slices: index only, index and value, value only, no variables, nil slice.
package main

import "fmt"

func main() {
	s := ints(10, 20, 30, 40)
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, v := range s {
		fmt.Println(i, v)
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println("sum", sum)
	n := 0
	for range s {
		n++
	}
	fmt.Println("n", n)
	var nilSlice []string
	for i, v := range nilSlice {
		fmt.Println("never", i, v)
	}
	// the range expression is evaluated once; appending does not extend the loop
	t := ints(1, 2, 3)
	for _, v := range t {
		t = append(t, v*10)
	}
	fmt.Println(len(t), t[3], t[4], t[5])
	var words []string
	words = append(words, "alpha", "beta", "gamma")
	for i, w := range words {
		words[i] = w + "!"
	}
	fmt.Println(words[0], words[1], words[2])
	var grid [][]int
	grid = append(grid, ints(1, 2), ints(3, 4, 5), make([]int, 0))
	for r, row := range grid {
		for c, val := range row {
			fmt.Println("grid", r, c, val)
		}
	}
}

func ints(v ...int) []int {
	return v
}
