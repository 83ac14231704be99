// strconv: Quote, QuoteToASCII, QuoteToGraphic on control, non-printable, invalid and astral input.
package main

import (
	"fmt"
	"strconv"
)

func show(s string) {
	fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
}

func main() {
	show("")
	show("hello, world")
	show("tab\there\nnew\rline\a\b\f\v")
	show("quote\" back\\slash ' single")
	show("\x00\x01\x1f\x7f")
	show("\x80\xff\xfe abc \xc3")
	show("héllo wörld ☺ 日本語")
	show("\u00a0\u2028\u2029\u200b\ufeff\u3000")
	show("\U0001F600 \U0001D11E \U000E0001 \U0010FFFF")
	show("\u0378\u0588\ue000")
	show("back`quote")
	show("a\u0300e\u0301")
	for r := rune(0x80); r < 0xC0; r += 5 {
		fmt.Print(strconv.Quote(string(r)))
	}
	fmt.Println()
}
