// Checks slice expressions on strings: omitted bounds, empty results and slicing results of slicing.
package main

import "fmt"

func reverse(s string) string {
	r := ""
	for i := len(s); i > 0; i-- {
		r += s[i-1 : i]
	}
	return r
}

func hasPrefix(s, p string) bool {
	return len(s) >= len(p) && s[:len(p)] == p
}

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func main() {
	s := "abcdefghij"
	fmt.Println(s[2:5], s[:3], s[7:], s[:], "["+s[4:4]+"]")
	t := s[1:9]
	fmt.Println(t, len(t), t[2:4], t[len(t)-1:])
	fmt.Println(reverse("stressed"))
	fmt.Println(hasPrefix("golang", "go"), hasPrefix("go", "golang"))
	fmt.Println(index("hello world", "o w"), index("hello", "xyz"), index("aaa", ""))
	u := "x=42"
	eq := index(u, "=")
	fmt.Println(u[:eq], u[eq+1:])
	for i := 0; i <= len(s); i += 3 {
		fmt.Println(i, s[i:], s[:i])
	}
}
