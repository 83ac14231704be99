// Checks cap after append to slices that never escape (gc backs them with a 32-byte stack buffer).
package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Println("len", len(s), "cap", cap(s))
	}
	z := make([]int, 0)
	z = append(z, 1)
	fmt.Println(len(z), cap(z))
	var b []byte
	for i := 0; i < 40; i += 8 {
		b = append(b, "abcdefgh"...)
		fmt.Println("bytes", len(b), cap(b))
	}
	var strs []string
	for i := 0; i < 4; i++ {
		strs = append(strs, "a")
		fmt.Println("strings", len(strs), cap(strs))
	}
	m := make([]int, 2)
	m = append(m, 5)
	fmt.Println(len(m), cap(m))
}
