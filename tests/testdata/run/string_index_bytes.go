// Checks indexing strings by byte, byte arithmetic and printing bytes as numbers.
package main

import "fmt"

func countByte(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func upper(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

func main() {
	s := "Hello, Gophers"
	fmt.Println(s[0], s[1], s[len(s)-1])
	var first byte = s[0]
	fmt.Println(first, first+1)
	fmt.Println(countByte(s, 'e'), countByte(s, 'o'), countByte(s, 'z'))
	fmt.Println(upper(s))
	fmt.Println(s[7:8] + s[8:9])
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += int(s[i])
	}
	fmt.Println("byte sum", sum)
	fmt.Println(s[4] == 'o', s[5] < s[6], "abc"[1])
}
