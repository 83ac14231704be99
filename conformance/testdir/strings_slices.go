// run

// Strings and slices: append, copy, slicing, ranging over bytes and runes.
package main

import "fmt"

func main() {
	s := []int{}
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	t := make([]int, 3)
	n := copy(t, s[4:])
	fmt.Println(len(s), n, t, s[2:5])
	str := "héllo, 世界"
	count := 0
	for i, r := range str {
		if r > 127 {
			fmt.Println(i, string(r))
		}
		count++
	}
	fmt.Println(count, len(str), str[1:3] == "é")
}
