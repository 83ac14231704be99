package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{`a(|b)`, `(a|ab)(c|bcd)(d*)`, `a*?`, `(a+?)(b*?)`, `x*|xxy`, `(a|b)*?c`, `\w+?\s`, `(a*)*`} {
		re := regexp.MustCompile(p)
		re.Longest()
		for _, in := range []string{"ab", "abcd", "aaa", "aabb", "xxy", "abac", "hello world", ""} {
			fmt.Println(p, in, re.FindAllStringSubmatchIndex(in, -1), re.ReplaceAllString(in, "[$1]"))
		}
	}
}
