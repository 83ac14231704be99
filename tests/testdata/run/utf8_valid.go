// unicode/utf8: Valid(String), FullRune(InString), RuneCount(InString), RuneStart.
package main

import (
	"fmt"
	"unicode/utf8"
)

func check(s string) {
	fmt.Println(len(s), utf8.ValidString(s), utf8.Valid([]byte(s)), utf8.FullRuneInString(s), utf8.FullRune([]byte(s)), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
}

func main() {
	check("")
	check("a")
	check("Hello, 世界")
	check("\xe4")
	check("\xe4\xb8")
	check("\xe4\xb8\x96")
	check("\xe4\x41")
	check("\xe0\x80")
	check("\xed\xa0")
	check("\xf0\x9f")
	check("\xf0\x9f\x8e")
	check("\xf0\x80")
	check("\xf0\x9f\x41")
	check("\xf4\x90")
	check("\xc0")
	check("\xc2")
	check("\xff")
	check("\x80")
	check("a\xffb\xfe")
	check("\xef\xbf\xbd")
	check("\xed\x9f\xbf\xee\x80\x80")
	for i := 0; i < 256; i += 17 {
		fmt.Print(utf8.RuneStart(byte(i)), " ")
	}
	fmt.Println()
}
