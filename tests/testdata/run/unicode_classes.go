// unicode: every Is* classification function over all code points (counts and checksums per function).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	c := make([]int, 13)
	h := make([]int64, 13)
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		v := 0
		if unicode.IsControl(r) {
			c[0]++
			h[0] += int64(r) * 31
		}
		if unicode.IsDigit(r) {
			c[1]++
			h[1] += int64(r) * 31
		}
		if unicode.IsGraphic(r) {
			c[2]++
			h[2] += int64(r) * 31
		}
		if unicode.IsLetter(r) {
			c[3]++
			h[3] += int64(r) * 31
		}
		if unicode.IsLower(r) {
			c[4]++
			h[4] += int64(r) * 31
		}
		if unicode.IsMark(r) {
			c[5]++
			h[5] += int64(r) * 31
		}
		if unicode.IsNumber(r) {
			c[6]++
			h[6] += int64(r) * 31
		}
		if unicode.IsPrint(r) {
			c[7]++
			h[7] += int64(r) * 31
		}
		if unicode.IsPunct(r) {
			c[8]++
			h[8] += int64(r) * 31
		}
		if unicode.IsSpace(r) {
			c[9]++
			h[9] += int64(r) * 31
			v++
		}
		if unicode.IsSymbol(r) {
			c[10]++
			h[10] += int64(r) * 31
		}
		if unicode.IsTitle(r) {
			c[11]++
			h[11] += int64(r) * 31
		}
		if unicode.IsUpper(r) {
			c[12]++
			h[12] += int64(r) * 31
		}
	}
	for i := 0; i < 13; i++ {
		fmt.Println(i, c[i], h[i])
	}
	for r := rune(0); r < 0x180; r++ {
		fmt.Print(unicode.IsLetter(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r), " ")
		if r%8 == 7 {
			fmt.Println()
		}
	}
	fmt.Println(unicode.Version, unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
}
