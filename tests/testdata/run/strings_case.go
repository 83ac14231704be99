// strings: ToUpper, ToLower, ToTitle, Title on ASCII, Latin-1, Greek, special cases and invalid UTF-8.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range strings.Split("hello world|HELLO World|héllo wörld|ǆemal ǅ Ǆ|σίσυφος ΣΊΣΥΦΟΣ|straße|ﬁne|İstanbul ıi|a\xffb|ⓐⓑⓒ|𐐨𐐩|her-royal_highness o'neil 3rd|☺smile|", "|") {
		fmt.Printf("%q ", s)
		fmt.Println("|", strings.ToUpper(s), "|", strings.ToLower(s), "|", strings.ToTitle(s), "|", strings.Title(s), len(strings.ToUpper(s)), len(strings.ToLower(s)))
	}
}
