// strings: Fields with ASCII and Unicode white space, Join, Cut, CutLast, CutPrefix, CutSuffix, Clone.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func show(a []string) {
	out := strconv.Itoa(len(a))
	for _, s := range a {
		out += " " + strconv.Quote(s)
	}
	fmt.Println(out)
}

func main() {
	show(strings.Fields("  foo bar  baz   "))
	show(strings.Fields(""))
	show(strings.Fields(" \t\n\v\f\r "))
	show(strings.Fields("a"))
	show(strings.Fields("\u00a0x\u2003y\u3000z\u0085w\u200bv"))
	show(strings.Fields("a\xffb \xfe c"))
	fmt.Println(strings.Join(strings.Fields(" one two  three "), ", "), strings.Join(nil, "x"), strings.Join(strings.Split("a", ","), "--"))
	fmt.Println(strings.Join(strings.Split("a b c d", " "), ""))
	b, a, f := strings.Cut("key=value=x", "=")
	fmt.Println(b, a, f)
	b, a, f = strings.Cut("novalue", "=")
	fmt.Println(b, a, f)
	b, a, f = strings.Cut("", "")
	fmt.Println(b, a, f)
	b, a, f = strings.CutLast("a/b/c", "/")
	fmt.Println(b, a, f)
	b, a, f = strings.CutLast("abc", "/")
	fmt.Println(b, a, f)
	r, ok := strings.CutPrefix("Gopher", "Go")
	fmt.Println(r, ok)
	r, ok = strings.CutPrefix("Gopher", "ph")
	fmt.Println(r, ok)
	r, ok = strings.CutSuffix("Gopher", "er")
	fmt.Println(r, ok)
	r, ok = strings.CutSuffix("Gopher", "Go")
	fmt.Println(r, ok)
	fmt.Println(strings.Clone("copy me"), strings.Clone("") == "")
}
