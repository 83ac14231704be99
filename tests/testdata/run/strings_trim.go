// strings: Trim, TrimLeft, TrimRight, TrimSpace, TrimPrefix, TrimSuffix with ASCII and Unicode cutsets.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func q(s string) string { return strconv.Quote(s) }

func main() {
	fmt.Println(q(strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n")), q(strings.TrimSpace("")), q(strings.TrimSpace("  ")))
	fmt.Println(q(strings.TrimSpace("\u00a0\u2003x y\u3000\u0085")), q(strings.TrimSpace("\xff x \xff")), q(strings.TrimSpace("\u200bz")))
	cases := "¡¡¡Hello, Gophers!!!|!¡|xxhixx|x|  a b  | |☺☺x☺☺|☺|a\xffb\xff|\xff|aaa|a|"
	parts := strings.Split(cases, "|")
	for i := 0; i+1 < len(parts); i += 2 {
		s, cut := parts[i], parts[i+1]
		fmt.Println(q(s), q(cut), q(strings.Trim(s, cut)), q(strings.TrimLeft(s, cut)), q(strings.TrimRight(s, cut)))
	}
	fmt.Println(q(strings.Trim("", "x")), q(strings.Trim("x", "")), q(strings.Trim("\ufffdx\ufffd", "\xff")), q(strings.TrimLeft("abcba", "ab")))
	fmt.Println(q(strings.TrimPrefix("prefix-body", "prefix-")), q(strings.TrimPrefix("body", "x")), q(strings.TrimSuffix("file.go", ".go")), q(strings.TrimSuffix("file.go", ".c")), q(strings.TrimPrefix("", "")))
}
