// Checks for-range over an ASCII string: byte index and rune value printed as a number.
package main

import "fmt"

func vowels(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case 'a', 'e', 'i', 'o', 'u':
			n++
		}
	}
	return n
}

func main() {
	s := "Go rocks"
	for i, r := range s {
		fmt.Println(i, r, s[i:i+1])
	}
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
	count := 0
	for range s {
		count++
	}
	fmt.Println("count", count)
	fmt.Println("vowels", vowels("the quick brown fox jumps over the lazy dog"))
	for i, r := range "" {
		fmt.Println("never", i, r)
	}
	var last rune
	for _, r := range "xyz" {
		last = r
	}
	fmt.Println(last, last == 'z')
}
