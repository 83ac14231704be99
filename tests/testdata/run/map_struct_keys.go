// Maps with struct, array, bool and interface keys.
package main

import "fmt"

type coord struct{ x, y int }

func main() {
	grid := map[coord]string{}
	grid[coord{0, 0}] = "origin"
	grid[coord{1, 2}] = "a"
	grid[coord{1, 2}] += "b"
	fmt.Println(grid[coord{1, 2}], grid[coord{0, 0}], len(grid))
	fmt.Println(grid)
	seen := map[[2]int]bool{}
	seen[[2]int{1, 2}] = true
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}])
	anyKeys := map[any]int{}
	anyKeys[1] = 10
	anyKeys["1"] = 20
	anyKeys[coord{1, 1}] = 30
	anyKeys[true] = 40
	fmt.Println(anyKeys[1], anyKeys["1"], anyKeys[coord{1, 1}], anyKeys[true], anyKeys[2], len(anyKeys))
	type named string
	nm := map[named]int{"a": 1}
	fmt.Println(nm["a"])
}
