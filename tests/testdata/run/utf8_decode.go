// unicode/utf8: DecodeRune(InString) on valid, invalid, truncated and overlong input.
package main

import (
	"fmt"
	"unicode/utf8"
)

func dump(s string) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		r2, n2 := utf8.DecodeRune([]byte(s[i:]))
		fmt.Println(i, r, n, r == r2, n == n2)
		i += n
	}
}

func main() {
	dump("héllo, 世界 🎉")
	dump("\xff\xfe\x80\xbf")
	dump("\xe2\x82 \xe2\x82\xac")
	dump("\xc0\xaf\xc1\xbf\xe0\x80\xaf\xe0\xa0\x80")
	dump("\xed\xa0\x80\xed\x9f\xbf")
	dump("\xf0\x8f\xbf\xbf\xf0\x90\x80\x80\xf4\x8f\xbf\xbf\xf4\x90\x80\x80\xf5\x80\x80\x80")
	dump("\xf0\x9f\x8e")
	dump("\xef\xbf\xbd")
	r, n := utf8.DecodeRuneInString("")
	fmt.Println(r, n)
	r, n = utf8.DecodeRune(nil)
	fmt.Println(r, n)
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
}
