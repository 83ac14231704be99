// Map literals with various key and value types, including composite values with elided types.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	ages := map[string]int{"alice": 31, "bob": 25, "carol": 40}
	fmt.Println(ages, len(ages))
	squares := map[int]int{1: 1, 2: 4, 3: 9}
	fmt.Println(squares[3], squares)
	flags := map[bool]string{true: "yes", false: "no"}
	fmt.Println(flags[1 < 2], flags)
	groups := map[string][]string{"a": {"x", "y"}, "b": {}}
	fmt.Println(groups, len(groups["a"]))
	pts := map[string]point{"o": {0, 0}, "p": {x: 1, y: 2}}
	fmt.Println(pts["p"].y, pts)
	nested := map[string]map[string]int{"outer": {"inner": 7}}
	fmt.Println(nested["outer"]["inner"], nested)
	empty := map[string]int{}
	fmt.Println(empty, len(empty))
}
