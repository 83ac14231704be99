package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

//go:noinline
func w(s string) int { return len(s) }

func v(s string) int { return len(s) }

func named(s string) (n int) {
	n = len(s)
	return
}

func main() {
	fmt.Println(w("a"), v("b"), named("c"))
	fmt.Println(utf8.ValidRune(5), utf8.RuneLen('x'), strings.ToUpper("q"))
}
