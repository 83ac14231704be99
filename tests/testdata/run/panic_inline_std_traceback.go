// A panic whose traceback passes through standard-library calls that both toolchains
// inline into main: strings.IndexFunc calling back into a closure, then a panic raised
// inside the inlined body of bytes.(*Buffer).Truncate.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

var limit = 3

func check(s string) int {
	return strings.IndexFunc(s, func(r rune) bool {
		if r == 'z' {
			var b bytes.Buffer
			b.WriteString("abc")
			b.Truncate(limit + 5)
		}
		return r == 'q'
	})
}

func main() {
	fmt.Println(check("abcq"))
	fmt.Println(check("xyz"))
}
