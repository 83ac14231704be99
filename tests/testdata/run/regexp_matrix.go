package main

import (
	"fmt"
	"regexp"
)

var patterns = []string{
	`a`, `a*`, `a+`, `a?`, `a*?`, `a+?`, `a??`, `ab|cd`, `(a|ab)(c|bcd)(d*)`, `(a*)+`, `(a*)*`, `(a|b)*c`,
	`^abc`, `abc$`, `^$`, `(?m)^\w+$`, `(?s)a.b`, `a.b`, `\bfoo\b`, `\Bo\B`, `[a-c]+`, `[^a-c]+`, `[]a]+`,
	`[a-]+`, `\d+`, `\D+`, `\s+`, `\S+`, `\w+`, `\W+`, `[[:alpha:]]+`, `[[:^digit:]]+`, `[\d\s]+`, `x{2}`,
	`x{2,}`, `x{2,3}`, `x{2,3}?`, `x{0}`, `(x{1,2}){2}`, `(?i)straße`, `(?i)[a-c]+`, `(?U)a+`, `(?U)a+?`,
	`(?P<year>\d{4})-(?P<month>\d\d)`, `(?<w>\w)(\w)?`, `(?:ab)+`, `\.\*\+`, `\x41\x{42}\101`, `\pL+`,
	`\p{Greek}+`, `\PL+`, `[\p{Lu}]+`, `.`, `(a)|(b)`, `((a)|(b))+`, `(a?)(a*)`, `()`, `|a`, `a|`, `é+`,
	`[é-ü]+`, `\Qa.b\E+`, `(?i)É`, `x*y*`, `^`, `$`, `(?m)$`, `(?m)^`, `\A\w`, `\w\z`, `a{,2}`, `{`, `a{1`,
	`(a+)(b+)?`, `(?-i:A)`, `(?i:a)A`, `[^\n]+`, `(.*)(\d+)`, `(.*?)(\d+)`, `(.+)\s(.+)`,
}

var inputs = []string{
	"", "a", "aaa", "ab", "abcd", "abc\ndef", "xx xxx x", "foo bar foobar barfoo foo", "Straße STRASSE straße",
	"2024-01-15 and 1999-12-31", "héllo wörld αβγ ΔΕ", "a.*+b ABC ]a] a-a", "abbcd acd", "123 456\t789\n",
	"aab ab b", "x1y22z333",
}

func main() {
	for _, p := range patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Println(p, "ERR", err)
			continue
		}
		fmt.Println("pattern", re.String(), re.NumSubexp(), fmt.Sprintf("%q", re.SubexpNames()))
		for _, in := range inputs {
			all := re.FindAllStringSubmatchIndex(in, -1)
			if all == nil {
				continue
			}
			fmt.Printf("  %q %v\n", in, all)
			fmt.Printf("    %q\n", re.ReplaceAllString(in, "<$1|${2}>"))
			fmt.Printf("    %q\n", re.Split(in, -1))
		}
	}
}
