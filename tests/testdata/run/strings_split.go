// strings: Split, SplitN, SplitAfter, SplitAfterN with empty, missing, repeated and multi-byte separators.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func show(name string, a []string) {
	out := name + " " + strconv.Itoa(len(a)) + " " + strconv.Itoa(cap(a))
	for _, s := range a {
		out += " " + strconv.Quote(s)
	}
	fmt.Println(out, a == nil)
}

func main() {
	show("Split", strings.Split("a,b,c", ","))
	show("Split", strings.Split("a,b,c,", ","))
	show("Split", strings.Split(",", ","))
	show("Split", strings.Split("", ","))
	show("Split", strings.Split("", ""))
	show("Split", strings.Split("abc", ""))
	show("Split", strings.Split("a☺b\xffc", ""))
	show("Split", strings.Split("abc", "abc"))
	show("Split", strings.Split("a--b----c", "--"))
	show("Split", strings.Split("日本語日本", "本"))
	show("Split", strings.Split("no separator", "x"))
	for n := -1; n <= 4; n++ {
		show("SplitN "+strconv.Itoa(n), strings.SplitN("a,b,c,d", ",", n))
		show("SplitN empty sep "+strconv.Itoa(n), strings.SplitN("héllo", "", n))
		show("SplitAfterN "+strconv.Itoa(n), strings.SplitAfterN("1.2.3.4", ".", n))
	}
	show("SplitAfter", strings.SplitAfter("a,b,c", ","))
	show("SplitAfter", strings.SplitAfter("a,b,c,", ","))
	show("SplitAfter", strings.SplitAfter("xyz", ""))
	show("SplitAfter", strings.SplitAfter("", "x"))
}
