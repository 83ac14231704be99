// unicode/utf16: Encode, Decode, EncodeRune, DecodeRune, AppendRune, RuneLen, IsSurrogate incl. unpaired surrogates.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	var rs []rune
	for _, r := range "a€𝄞😀\u00e9" {
		rs = append(rs, r)
	}
	rs = append(rs, 0xD800, -1, 0x110000, 0x10FFFF, 0xFFFF, 0x10000)
	enc := utf16.Encode(rs)
	fmt.Println(len(enc), cap(enc))
	fmt.Printf("%x\n", enc)
	dec := utf16.Decode(enc)
	fmt.Println(len(dec), cap(dec), dec)
	fmt.Println(utf16.Decode([]uint16{0xD800, 0x41, 0xDC00, 0xDBFF, 0xDFFF, 0xD83D}))
	for _, r := range []rune{0, 'A', 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0x110000, -5} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Println(r, utf16.RuneLen(r), utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2), utf16.AppendRune(nil, r))
	}
	fmt.Println(utf16.DecodeRune('a', 'b'), utf16.DecodeRune(0xDC00, 0xD800))
}
