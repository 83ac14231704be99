// strings: EqualFold on ASCII, Unicode fold orbits (K/k/Kelvin, Σ/σ/ς), lengths differing and invalid UTF-8; ToValidUTF8.
package main

import (
	"fmt"
	"strings"
)

func main() {
	pairs := strings.Split("Go|GO|go|Go!|abc|abd|Kelvin|\u212aelvin|kelvin|\u212aELVIN|σ|Σ|ς|Σ|straße|STRASSE|ß|ẞ|ǅ|ǆ|ǅ|Ǆ|\xff|\xfe|\xff|\ufffd|a|aa||a|ÀÉÎ|àéî|İ|i|ı|I|µ|μ|ſ|s|Ω|ω|Ω|ω", "|")
	for i := 0; i+1 < len(pairs); i += 2 {
		fmt.Printf("%q %q ", pairs[i], pairs[i+1])
		fmt.Println(strings.EqualFold(pairs[i], pairs[i+1]), strings.EqualFold(pairs[i+1], pairs[i]))
	}
	fmt.Printf("%q %q %q %q %q\n", strings.ToValidUTF8("abc", "?"), strings.ToValidUTF8("a\xffb\xc0\xafc\xff", "?"), strings.ToValidUTF8("\xed\xa0\x80x", "\ufffd"), strings.ToValidUTF8("\xff\xff\xff", ""), strings.ToValidUTF8("☺\xe2\x98", "[bad]"))
}
