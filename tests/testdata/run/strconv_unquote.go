// strconv: Unquote, UnquoteChar and QuotedPrefix on valid literals of every kind.
package main

import (
	"fmt"
	"strconv"
)

func list(a ...string) []string { return a }

func main() {
	for _, s := range list(`""`, `"abc"`, "`raw\\n`", "`a\rb`", `'x'`, `'\n'`, `'☺'`, `"\a\b\f\n\r\t\v\\\""`,
		`"\x41\101\u263a\U0001F600"`, `"\xff\377"`, `'\''`, `"'"`, `"日本"`, `'\u00e9'`, `"\u00e9\x00"`) {
		u, err := strconv.Unquote(s)
		fmt.Println(strconv.Quote(s), strconv.Quote(u), len(u), err == nil)
	}
	s := `\u263a\x41\101z"`
	for len(s) > 0 && s[0] != '"' {
		v, mb, tail, err := strconv.UnquoteChar(s, '"')
		fmt.Println(v, mb, tail, err == nil)
		s = tail
	}
	v, mb, tail, err := strconv.UnquoteChar(`'rest`, 0)
	fmt.Println(v, mb, tail, err == nil)
	for _, s := range list(`"abc"def`, "`x`y", `'a'b`, `"a\"b" tail`) {
		p, err := strconv.QuotedPrefix(s)
		fmt.Println(p, err == nil)
	}
}
