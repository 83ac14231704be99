package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{`a(|b)`, `(a|ab)(c|bcd)?`, `x*`, `(a+?)(b*)`, `(foo|foobar)`, `\w+?`, `(a|b)*?c`} {
		re := regexp.MustCompile(p)
		in := "abcd ab foobar aab xx abbc"
		first := re.FindAllString(in, -1)
		re.Longest()
		fmt.Printf("%s %q %q %v\n", p, first, re.FindAllString(in, -1), re.FindStringSubmatchIndex(in))
	}
}
