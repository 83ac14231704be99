// strings: Map (dropping, expanding, invalid UTF-8), FieldsFunc, IndexFunc, LastIndexFunc, ContainsFunc, Trim*Func with closures.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	}
	return r
}

func main() {
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	drop := func(r rune) rune {
		if unicode.IsSpace(r) || r == 'x' {
			return -1
		}
		return r
	}
	fmt.Printf("%q %q %q\n", strings.Map(drop, " a x b\tc\n"), strings.Map(drop, "xxx"), strings.Map(drop, ""))
	wide := func(r rune) rune { return r + 0x1F000 }
	fmt.Printf("%q\n", strings.Map(wide, "ab"))
	same := func(r rune) rune { return r }
	fmt.Printf("%q %q\n", strings.Map(same, "a\xffb\ufffd"), strings.Map(unicode.ToUpper, "héllo\xc0"))
	notLetter := func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", notLetter))
	fmt.Printf("%q %q %q\n", strings.FieldsFunc("", notLetter), strings.FieldsFunc(";;", notLetter), strings.FieldsFunc("abc", notLetter))
	fmt.Println(strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 0x7f }), strings.IndexFunc("abc", unicode.IsDigit))
	fmt.Println(strings.LastIndexFunc("go123", unicode.IsLetter), strings.LastIndexFunc("123", unicode.IsLetter), strings.LastIndexFunc("a世b界", func(r rune) bool { return r > 0x7f }))
	fmt.Println(strings.ContainsFunc("hello", unicode.IsUpper), strings.ContainsFunc("heLlo", unicode.IsUpper))
	isPunct := func(r rune) bool { return unicode.IsPunct(r) || r == '¡' }
	fmt.Printf("%q %q %q\n", strings.TrimFunc("¡¡¡Hello, Gophers!!!", isPunct), strings.TrimLeftFunc("¡¡¡Hello, Gophers!!!", isPunct), strings.TrimRightFunc("¡¡¡Hello, Gophers!!!", isPunct))
	fmt.Printf("%q %q %q\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimFunc("1234", unicode.IsDigit), strings.TrimLeftFunc("\u00a0\u2003 x ", unicode.IsSpace))
	count := 0
	counter := func(r rune) bool {
		count++
		return r == ','
	}
	parts := strings.FieldsFunc("a,b,,c", counter)
	fmt.Println(len(parts), count)
}
