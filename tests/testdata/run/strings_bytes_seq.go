package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for l := range strings.Lines("a\nbb\n\nccc") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for _, s := range []string{"a,b,,c", "", ",", "héllo"} {
		for _, sep := range []string{",", "", ",,"} {
			var a, b []string
			for p := range strings.SplitSeq(s, sep) {
				a = append(a, p)
			}
			for p := range strings.SplitAfterSeq(s, sep) {
				b = append(b, p)
			}
			fmt.Printf("%q %q: %q %q %v %v\n", s, sep, a, b, len(a) == len(strings.Split(s, sep)), len(b) == len(strings.SplitAfter(s, sep)))
		}
	}
	for f := range strings.FieldsSeq("  foo bar\u00a0 baz\t") {
		fmt.Printf("[%s]", f)
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Printf("[%s]", f)
		if f == "b" {
			break
		}
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("x\ny")) {
		fmt.Printf("%q cap=%d ", l, cap(l))
	}
	fmt.Println()
	for p := range bytes.SplitSeq([]byte("1-2-3"), []byte("-")) {
		fmt.Printf("%s/%d ", p, cap(p))
	}
	for p := range bytes.SplitAfterSeq([]byte("1-2-3"), []byte("-")) {
		fmt.Printf("%s/%d ", p, cap(p))
	}
	for p := range bytes.FieldsSeq([]byte(" x  yy ")) {
		fmt.Printf("%s/%d ", p, cap(p))
	}
	fmt.Println()
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul ıi"), strings.ToLowerSpecial(unicode.TurkishCase, "İSTANBUL I"), strings.ToTitleSpecial(unicode.TurkishCase, "i"))
	fmt.Printf("%s %s %s\n", bytes.ToUpperSpecial(unicode.TurkishCase, []byte("iı")), bytes.ToLowerSpecial(unicode.TurkishCase, []byte("İI")), bytes.ToTitleSpecial(unicode.TurkishCase, []byte("i")))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(c rune) bool { return unicode.Is(unicode.Han, c) }))
}
