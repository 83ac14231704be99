package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 ,世界ΩЖ\u00e9\u0301\U0001F600\t" {
		fmt.Printf("%q L=%v Lu=%v Ll=%v N=%v Nd=%v P=%v S=%v Zs=%v M=%v Han=%v Latin=%v Greek=%v Cyrillic=%v WS=%v\n", r,
			unicode.Is(unicode.L, r), unicode.Is(unicode.Lu, r), unicode.Is(unicode.Ll, r), unicode.Is(unicode.N, r),
			unicode.Is(unicode.Nd, r), unicode.Is(unicode.P, r), unicode.Is(unicode.S, r), unicode.Is(unicode.Zs, r),
			unicode.Is(unicode.M, r), unicode.Is(unicode.Han, r), unicode.Is(unicode.Latin, r), unicode.Is(unicode.Greek, r),
			unicode.In(r, unicode.Cyrillic), unicode.Is(unicode.White_Space, r))
	}
	fmt.Println(unicode.IsOneOf(unicode.GraphicRanges, 'x'), unicode.In('x', unicode.PrintRanges...))
	fmt.Println(len(unicode.Latin.R16), len(unicode.Latin.R32), unicode.Latin.LatinOffset, unicode.Latin.R16[:3])
	fmt.Println(unicode.Digit == unicode.Nd, unicode.Letter == unicode.L)
	for _, r := range "iIıİ" {
		fmt.Printf("%c %c %c %c\n", r, unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.AzeriCase.ToTitle(r))
	}
	fmt.Println(len(unicode.CaseRanges), unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1])
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r += 7 {
		if unicode.Is(unicode.Lo, r) {
			n++
		}
	}
	fmt.Println(n)
}
