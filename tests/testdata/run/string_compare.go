// Checks string comparison operators ==, !=, <, <=, >, >= including prefixes and the empty string.
package main

import "fmt"

func cmp(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	var pairs []string
	pairs = append(pairs, "a", "b", "abc", "abd", "ab", "abc", "", "a", "Z", "a", "same", "same")
	for i := 0; i < len(pairs); i += 2 {
		a, b := pairs[i], pairs[i+1]
		fmt.Println("["+a+"]", "["+b+"]", cmp(a, b), a == b, a != b, a <= b, a >= b)
	}
	var words []string
	words = append(words, "pear", "apple", "fig", "banana", "apple", "Cherry", "")
	sortStrings(words)
	for _, w := range words {
		fmt.Print("[", w, "]")
	}
	fmt.Println()
	x := "hel"
	y := x + "lo"
	fmt.Println(y == "hello", y[1:3] == "el", "hello" > y[:4])
}
