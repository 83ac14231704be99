// unicode/utf8: DecodeLastRune(InString) walking strings backwards, including broken tails.
package main

import (
	"fmt"
	"unicode/utf8"
)

func back(s string) {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		r2, n2 := utf8.DecodeLastRune([]byte(s))
		fmt.Println(len(s), r, n, r == r2 && n == n2)
		s = s[:len(s)-n]
	}
	r, n := utf8.DecodeLastRuneInString(s)
	fmt.Println("empty", r, n)
}

func main() {
	back("aé世🎉")
	back("\x80\x80\x80\x80\x80")
	back("a\xf0\x9f\x8e")
	back("\xf0\x9f\x8e\x89\x89")
	back("\xe4\xb8\x96\xbf")
	back("\xed\xa0\x80")
}
