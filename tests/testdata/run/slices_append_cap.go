// Checks append growth, len and cap of heap slices (kept in package variables) grown by append.
package main

import "fmt"

// Storing the slices in package variables makes them escape, so gc allocates every backing
// array on the heap and the capacities follow its growth rule and size classes.
var (
	keepInts  []int
	keepBytes []byte
	keepStrs  []string
)

func main() {
	var s []int
	fmt.Println(len(s), cap(s))
	for i := 0; i < 20; i++ {
		s = append(s, i*i)
		fmt.Println("len", len(s), "cap", cap(s))
	}
	fmt.Println(s[0], s[5], s[19])
	keepInts = s

	m := make([]int, 3, 10)
	fmt.Println(len(m), cap(m), m[0], m[1], m[2])
	m = append(m, 7, 8, 9)
	fmt.Println(len(m), cap(m), m[3], m[5])
	m = append(m, 1, 2, 3, 4, 5)
	fmt.Println(len(m), cap(m))
	keepInts = m

	b := make([]byte, 0, 1)
	for i := 0; i < 40; i++ {
		b = append(b, byte('a'+i%26))
		if i%8 == 0 {
			fmt.Println("bytes len", len(b), "cap", cap(b))
		}
	}
	fmt.Println(len(b), cap(b), string(b))
	keepBytes = b

	var strs []string
	for i := 0; i < 6; i++ {
		strs = append(strs, "x")
		fmt.Println("strings len", len(strs), "cap", cap(strs))
	}
	keepStrs = strs
}
