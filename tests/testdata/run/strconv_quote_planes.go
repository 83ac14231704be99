// strconv: Quote, QuoteToASCII, QuoteToGraphic and IsPrint of every code point, summarised per 4096-rune block.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for block := rune(0); block < 0x110000; block += 0x1000 {
		q, a, g, p := 0, 0, 0, 0
		for r := block; r < block+0x1000; r++ {
			s := string(r)
			q += len(strconv.Quote(s))
			a += len(strconv.QuoteToASCII(s))
			g += len(strconv.QuoteToGraphic(s))
			if strconv.IsPrint(r) {
				p++
			}
		}
		if block < 0x40000 || block >= 0xE0000 {
			fmt.Println(block, q, a, g, p)
		}
	}
}
