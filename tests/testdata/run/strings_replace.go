// strings: Replace and ReplaceAll with counts, empty old/new, overlapping patterns and Repeat.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"))
	fmt.Println(strings.Replace("aaaaa", "aa", "b", -1), strings.Replace("aaaaa", "aa", "b", 1), strings.Replace("aaaaa", "aa", "b", 0))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2), strings.Replace("", "", "-", -1), strconv.Quote(strings.Replace("☺日\xff", "", "|", -1)))
	fmt.Println(strings.Replace("banana", "a", "", -1), strings.Replace("banana", "x", "y", -1), strings.Replace("banana", "na", "na", -1), strings.Replace("banana", "ana", "ANA", 5))
	fmt.Println(strings.ReplaceAll("日本語日本語", "本", "ほん"), strings.ReplaceAll("", "a", "b"))
	fmt.Println(strings.Repeat("na", 8), strings.Repeat("", 100), strings.Repeat("x", 0), strings.Repeat("-", 1), len(strings.Repeat("☺", 1000)))
	fmt.Println(strings.Repeat("ab", 3) + "|" + strings.Repeat(" ", 5) + "|" + strings.Repeat("=", 20))
}
