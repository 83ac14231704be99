// unicode/utf8: RuneLen, EncodeRune, AppendRune, ValidRune for boundary and invalid runes.
package main

import (
	"fmt"
	"unicode/utf8"
)

func hexs(b []byte) string {
	const digits = "0123456789abcdef"
	out := ""
	for _, c := range b {
		out += string(digits[c>>4]) + string(digits[c&15])
	}
	return out
}

func show(r rune) {
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, r)
	a := utf8.AppendRune([]byte("x"), r)
	fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), n, hexs(buf[:n]), len(a), string(a[1:]) == string(buf[:n]))
}

func main() {
	show(0)
	show('A')
	show(0x7F)
	show(0x80)
	show(0x7FF)
	show(0x800)
	show(0xD7FF)
	show(0xD800)
	show(0xDFFF)
	show(0xE000)
	show(0xFFFD)
	show(0xFFFF)
	show(0x10000)
	show(0x10FFFF)
	show(0x110000)
	show(-1)
	show(-0x7FFFFFFF)
	var b []byte
	for r := rune(0x3B1); r < 0x3C0; r += 3 {
		b = utf8.AppendRune(b, r)
	}
	fmt.Println(string(b), len(b), utf8.RuneCount(b))
}
