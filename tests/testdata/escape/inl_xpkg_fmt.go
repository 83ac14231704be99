package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type point struct{ x, y int }

func size(r rune) int {
	return utf8.RuneLen(r) + 1
}

func main() {
	n := size('é')
	fmt.Println("hello", n)
	p := &point{1, 2}
	fmt.Printf("%d %d\n", p.x, p.y)
	var sb strings.Builder
	k, empty := sb.Len(), sb.String() == ""
	fmt.Print(k, empty, "\n")
}
