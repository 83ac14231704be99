// unicode/utf8: DecodeRune, FullRune and Valid over all 1- and 2-byte inputs and all lead/continuation 3- and 4-byte patterns.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	var sum, sizes, full, valid int
	buf := make([]byte, 4)
	for b0 := 0; b0 < 256; b0++ {
		buf[0] = byte(b0)
		r, n := utf8.DecodeRune(buf[:1])
		sum += int(r)
		sizes += n
		for b1 := 0; b1 < 256; b1++ {
			buf[1] = byte(b1)
			r, n := utf8.DecodeRune(buf[:2])
			sum += int(r) * (b1 + 1)
			sizes += n
			if utf8.FullRune(buf[:2]) {
				full++
			}
			if utf8.Valid(buf[:2]) {
				valid++
			}
		}
	}
	fmt.Println(sum, sizes, full, valid)
	conts := []byte{0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff}
	sum, sizes, full, valid = 0, 0, 0, 0
	for b0 := 0xc0; b0 < 256; b0++ {
		for _, b1 := range conts {
			for _, b2 := range conts {
				for _, b3 := range conts {
					buf[0], buf[1], buf[2], buf[3] = byte(b0), b1, b2, b3
					r, n := utf8.DecodeRune(buf)
					r2, n2 := utf8.DecodeLastRune(buf)
					sum += int(r) + 3*int(r2)
					sizes += n + 7*n2
					if utf8.FullRune(buf[:3]) {
						full++
					}
					if utf8.Valid(buf) {
						valid++
					}
				}
			}
		}
	}
	fmt.Println(sum, sizes, full, valid)
}
