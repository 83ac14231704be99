package main

import (
	"fmt"
	"strconv"
)

func add(a, b int) int { return a + b }

func main() {
	n := strconv.Itoa("5")
	x := add(1, 2.5)
	y := add("1", 2)
	var f float64 = 1
	z := add(f, 2)
	s, err := strconv.Atoi(42)
	fmt.Println(n, x, y, z, s, err)
}
