package main

import (
	"fmt"
	"unicode"
)

func count(t *unicode.RangeTable) int {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(t, r) {
			n++
		}
	}
	return n
}

func main() {
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Lu", unicode.Lu}, {"Ll", unicode.Ll}, {"Lt", unicode.Lt}, {"Lm", unicode.Lm}, {"Lo", unicode.Lo},
		{"Mn", unicode.Mn}, {"Nd", unicode.Nd}, {"Nl", unicode.Nl}, {"No", unicode.No}, {"Pc", unicode.Pc},
		{"Pd", unicode.Pd}, {"Ps", unicode.Ps}, {"Sm", unicode.Sm}, {"Sc", unicode.Sc}, {"Zs", unicode.Zs},
		{"Cc", unicode.Cc}, {"Cf", unicode.Cf}, {"Co", unicode.Co}, {"Cs", unicode.Cs},
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic}, {"Arabic", unicode.Arabic},
		{"Hebrew", unicode.Hebrew}, {"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana},
		{"Hangul", unicode.Hangul}, {"Devanagari", unicode.Devanagari}, {"Thai", unicode.Thai}, {"Common", unicode.Common},
		{"Inherited", unicode.Inherited},
		{"White_Space", unicode.White_Space}, {"Dash", unicode.Dash}, {"Hex_Digit", unicode.Hex_Digit},
		{"ASCII_Hex_Digit", unicode.ASCII_Hex_Digit}, {"Quotation_Mark", unicode.Quotation_Mark},
		{"Diacritic", unicode.Diacritic}, {"Ideographic", unicode.Ideographic}, {"Variation_Selector", unicode.Variation_Selector},
		{"Pattern_White_Space", unicode.Pattern_White_Space}, {"Noncharacter_Code_Point", unicode.Noncharacter_Code_Point},
	}
	for _, x := range tables {
		fmt.Printf("%-24s %6d %v\n", x.name, count(x.t), x.t.LatinOffset)
	}
	// the classification functions agree with the category tables
	bad := 0
	for r := rune(0); r <= 0x20000; r++ {
		if unicode.IsUpper(r) != unicode.Is(unicode.Upper, r) || unicode.IsLetter(r) != unicode.Is(unicode.Letter, r) ||
			unicode.IsDigit(r) != unicode.Is(unicode.Digit, r) || unicode.IsPunct(r) != unicode.Is(unicode.Punct, r) ||
			unicode.IsGraphic(r) != unicode.IsOneOf(unicode.GraphicRanges, r) {
			bad++
		}
	}
	fmt.Println("disagreements:", bad)
	s := "Go语言 ελληνικά Русский عربي 日本語 ひらがな カタカナ 한국어"
	for _, r := range s {
		var script string
		for _, x := range tables[19:31] {
			if unicode.Is(x.t, r) {
				script = x.name
				break
			}
		}
		fmt.Printf("%c:%s ", r, script)
	}
	fmt.Println()
	custom := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}, {Lo: 0x400, Hi: 0x410, Stride: 1}},
		R32: []unicode.Range32{{Lo: 0x1F600, Hi: 0x1F64F, Stride: 1}},
	}
	for _, r := range "abcyz\u0405\u0411\U0001F600\U0001F650" {
		fmt.Print(unicode.Is(custom, r), " ")
	}
	fmt.Println(unicode.In('7', unicode.Letter, unicode.Number), unicode.In('?'), unicode.Is(&unicode.RangeTable{}, 'a'))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212A'), unicode.SimpleFold('1'), unicode.SimpleFold(-2))
	for _, c := range []unicode.CaseRange{unicode.CaseRanges[0], unicode.CaseRanges[10]} {
		fmt.Println(c.Lo, c.Hi, c.Delta)
	}
	sc := unicode.SpecialCase{unicode.CaseRange{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{2, 0, 2}}}
	fmt.Println(string(sc.ToUpper('b')), string(sc.ToUpper('x')), string(sc.ToLower('B')), string(sc.ToTitle('a')))
}
