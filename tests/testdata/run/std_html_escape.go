package main

import (
	"fmt"
	"html"
)

func main() {
	for _, s := range []string{
		`"Fran & Freddie's Diner" <tasty@example.com>`, "plain", "", "&", "&&", "&;", "&#", "&#;", "&#;;", "&#x;",
		"&#xg", "&#1", "&#12", "&#65;", "&#65", "&#x41;", "&#X41b", "&#0;", "&#128;", "&#x9f;", "&#xD800;",
		"&#x110000;", "&#4294967361;", "&#99999999999999;", "&amp;", "&amp", "&ampx;", "&AMP;", "&notit;",
		"&notin;", "&noti", "&eacute;&Eacute", "&NotEqualTilde;", "&nGt;", "&nGtv;", "&fjlig;", "&zz;",
		"a&lt;b&gt;c&quot;d&apos;e", "&frac34x", "&sup1x", "&CounterClockwiseContourIntegral;", "&#x1F600;",
	} {
		u := html.UnescapeString(s)
		fmt.Printf("%q -> %q -> %q\n", s, u, html.EscapeString(u))
		if html.UnescapeString(html.EscapeString(s)) != s {
			fmt.Println("round trip broke for", s)
		}
	}
}
