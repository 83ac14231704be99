package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func main() {
	s := "Hello, 世界! héllo 🎉"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for i, r := range "aé世🎉" {
		fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	b := []byte("日本")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c/%d ", r, size)
		b = b[size:]
	}
	fmt.Println()
	bad := string([]byte{0xff, 'a', 0xc3})
	for i, r := range bad {
		fmt.Print(i, ":", r == utf8.RuneError, " ")
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s))
	for _, p := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "été"} {
		fmt.Printf("%q palindrome=%v\n", p, isPalindrome(p))
	}
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	fmt.Println(strings.ToUpper("straße"), strings.ToTitle("ǆ"), strings.Title("hello world"), unicode.ToUpper('ß'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Index("chicken", "ken"), strings.IndexRune("chicken", 'k'), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.HasPrefix(s, "Hell"), strings.TrimFunc("  xx  ", unicode.IsSpace), strings.Fields(" a  b\tc\n"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteRune('α' + rune(i))
		sb.WriteByte('-')
	}
	fmt.Println(sb.String(), sb.Len())
	r := []rune("abc")
	r = append(r, 'д')
	fmt.Println(string(r), len(string(r)), string(r[3]), fmt.Sprintf("%q %+q %x", r, string(r), string(r)))
	fmt.Println(utf8.AppendRune(nil, '€'), string(utf8.AppendRune([]byte("x"), 0x10FFFF+1)))
}
