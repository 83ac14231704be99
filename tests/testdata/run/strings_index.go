// strings: Index, LastIndex, IndexByte, IndexRune, IndexAny, LastIndexAny, LastIndexByte, Contains*, HasPrefix/Suffix.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken kitchen ☺ 日本語 \xff end"
	for _, sub := range strings.Split(",k,ken,chicken,kitchen!,☺,語,\xff, ,end,dne,n", ",") {
		fmt.Printf("%q ", sub)
		fmt.Println(strings.Index(s, sub), strings.LastIndex(s, sub), strings.Contains(s, sub), strings.HasPrefix(s, sub), strings.HasSuffix(s, sub), strings.Count(s, sub))
		fmt.Println(strings.IndexAny(s, sub), strings.LastIndexAny(s, sub), strings.ContainsAny(s, sub))
	}
	for _, r := range "ck☺日\ufffdz" {
		fmt.Println(r, strings.IndexRune(s, r), strings.ContainsRune(s, r))
	}
	fmt.Println(strings.IndexRune(s, -1), strings.IndexRune(s, 0xD800), strings.IndexRune("a\ufffd", 0xFFFD), strings.IndexRune("abc", 0x110000))
	fmt.Println(strings.IndexByte(s, 'k'), strings.LastIndexByte(s, 'k'), strings.IndexByte(s, 'Q'), strings.LastIndexByte("", 'a'))
	fmt.Println(strings.Index("", ""), strings.LastIndex("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""), strings.Index("", "a"))
	fmt.Println(strings.IndexAny("", "a"), strings.IndexAny("abc", ""), strings.LastIndexAny("abc", ""), strings.IndexAny("a\xffb", "\xfe"), strings.LastIndexAny("x\ufffdy\xff", "\xfe"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"), strings.Count("日本", ""), strings.Count("", ""))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.Compare("", "a"), strings.Compare("ab", "a"))
}
