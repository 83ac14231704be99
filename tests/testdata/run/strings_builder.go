// strings: Builder (Write*, Len, Cap growth, Grow, Reset, String) and Replacer (priorities, empty old strings, HTML escaping).
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
		b.WriteRune('☺')
		fmt.Println(b.Len(), b.Cap())
	}
	b.Write([]byte("!"))
	fmt.Println(b.String())
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap())
	b.Reset()
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	for _, args := range [][]string{{"a", "1", "b", "2"}, {"a", "1", "a", "2"}, {"", "X"}, {"", "X", "a", "1"}, {"a", "1", "", "X"}, {"aaa", "3", "aa", "2", "a", "1"}, {"a", "1", "aa", "2"}, {"hello", "HI", "world", "W"}, {"<", "&lt;", ">", "&gt;", "&", "&amp;"}} {
		rp := strings.NewReplacer(args...)
		for _, s := range []string{"", "a", "aaaa", "banana", "hello world", "<a&b>", "xyz"} {
			fmt.Printf("%q ", rp.Replace(s))
		}
		fmt.Println()
	}
}
