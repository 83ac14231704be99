package main

import (
	"fmt"
	"regexp"
)

// Every pattern against every input: all submatch positions, and the
// replacement with the groups swapped around.
var patterns = []string{
	`a*`, `a*?`, `a+?`, `(a*)(a*)`, `(a*?)(a*)`, `(a|b)*`, `(a|b)*?b`, `(ab|a)(bc|c)?`, `(a+)(b+)?`,
	`((a)|b)+`, `(a)|b`, `(?:(a)|(b))+`, `^`, `$`, `(?m)^`, `(?m)$`, `(?m)^\w+$`, `\b`, `\B`, `.`, `(?s).`,
	`[^\n]+`, `a{2}`, `a{1,2}?`, `(a{0,2}){2}`, `(a?)*`, `(a*)+$`, `(?i)AB|b`, `[[:upper:]]`, `(?i)[[:upper:]]+`,
	`\d*\.?\d+`, `(\w+)\s(\w+)`, `x*|b`, `(|a)+`, `(a|)*?b`, `é+`, `[α-ω]+`, `\p{Han}`, `(?U)(a+)(a*)`,
	`(a)(?:b)(c)?`, `[a\-z]+`, `[\\\]]+`, `\.\*`, `(?:a|ab)(?:c|bcd)`,
}

var inputs = []string{"", "a", "aab", "abab", "ba", "abc\nabcd", "AbaB", "3.14 and .5", "x y", "éé漢字αβ", "aaa"}

func main() {
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		for _, in := range inputs {
			fmt.Printf("%q %q %v %q\n", p, in, re.FindAllStringSubmatchIndex(in, -1), re.ReplaceAllString(in, "<$2|$1>"))
		}
	}
}
