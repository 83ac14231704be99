package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, e := range []string{
		"(abc", "abc)", "a)b(", "*a", "+", "?", "a|*", "(*)", "a**", "a*+", "a+?*", "a{2}{3}", "{2}", "x{1001}", "x{2,1}", "x{1000}",
		"[a", "[a-", "[z-a]", "[]", "[^]", `\q`, `\8`, `\1`, `a\`, `[\`, `(?z)`, `(?i`, `(?P<>a)`, `(?P<a-b>x)`,
		`(?P<name`, `(?<n>x)`, `(?!x)`, `(?=x)`, `(?#c)`, `\pX`, `\p{Foo}`, `[[:foo:]]`, `[[:alpha:]`, `\x{110000}`, `\xZZ`,
		`a{,5}`, `(?i)(?-i)x`, `(?-)x`, `(?i-)x`, `\C`, `\z\A`, `[a-\d]`, `\Q*\E*`,
	} {
		re, err := regexp.Compile(e)
		if err != nil {
			fmt.Println(err)
		} else {
			fmt.Println("ok", re, re.NumSubexp())
		}
	}
}
