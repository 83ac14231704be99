// strconv: QuoteRune, QuoteRuneToASCII, QuoteRuneToGraphic, IsPrint and IsGraphic over many runes.
package main

import (
	"fmt"
	"strconv"
)

func list(a ...rune) []rune { return a }

func main() {
	rs := list(0, 7, '\n', '\'', '"', '\\', 'a', 0x7f, 0x80, 0xa0, 0xad, 0xe9, 0x2028, 0x263a, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, -1, 0xd800)
	for _, r := range rs {
		fmt.Println(r, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	// Count the printable and graphic runes of every plane.
	for plane := rune(0); plane <= 16; plane++ {
		p, g := 0, 0
		for r := plane << 16; r < (plane+1)<<16; r++ {
			if strconv.IsPrint(r) {
				p++
			}
			if strconv.IsGraphic(r) {
				g++
			}
		}
		fmt.Println("plane", plane, p, g)
	}
}
