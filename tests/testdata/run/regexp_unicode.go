package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{`\p{Bengali}+`, `\p{Lu}\p{Ll}+`, `\pN+`, `\p{^Greek}+`, `\P{Han}`, `\p{Zs}`, `(?i)\p{Lu}+`, `[\p{Cyrillic}\d]+`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%q\n", re.FindAllString("Hello ВОРЛД мир 123 日本 ঝঞ αβΓ", -1))
	}
}
