// unicode: ToUpper, ToLower, ToTitle, To and SimpleFold over all code points (checksums) and samples.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	var nu, nl, nt, nf int
	var hu, hl, ht, hf int64
	for r := rune(-3); r <= unicode.MaxRune+3; r++ {
		if u := unicode.ToUpper(r); u != r {
			nu++
			hu += int64(u-r) * int64(r%1000+1)
		}
		if l := unicode.ToLower(r); l != r {
			nl++
			hl += int64(l-r) * int64(r%1000+1)
		}
		if t := unicode.ToTitle(r); t != r {
			nt++
			ht += int64(t-r) * int64(r%1000+1)
		}
		if f := unicode.SimpleFold(r); f != r {
			nf++
			hf += int64(f-r) * int64(r%1000+1)
		}
	}
	fmt.Println(nu, hu, nl, hl, nt, ht, nf, hf)
	for _, r := range "AaZz09ÀàÿŸǄǅǆΣσςßẞİıKkK" {
		fmt.Println(r, string(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r),
			unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r), unicode.To(unicode.TitleCase, r), unicode.To(7, r))
	}
	r := rune('k')
	for i := 0; i < 4; i++ {
		r = unicode.SimpleFold(r)
		fmt.Print(r, " ")
	}
	fmt.Println(unicode.SimpleFold(-5), unicode.SimpleFold(0x110000), unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase)
}
