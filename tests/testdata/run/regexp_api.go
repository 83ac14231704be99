package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<val>[^;]*)`)
	s := "a=1;bb=two;c=;dd=4"
	fmt.Println(re.SubexpIndex("val"), re.SubexpIndex("nope"), re.NumSubexp())
	fmt.Printf("%q\n", re.FindAllString(s, 2))
	fmt.Printf("%v\n", re.FindAllStringIndex(s, -1))
	fmt.Println(re.ReplaceAllString(s, "${val}<-$key"), re.ReplaceAllString(s, "$keyx|$1x|${1}x|$|$9"))
	fmt.Println(re.ReplaceAllLiteralString(s, "$1"))
	fmt.Println(re.ReplaceAllStringFunc(s, strings.ToUpper))
	var dst []byte
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		dst = re.ExpandString(dst, "$val:$key ", s, m)
	}
	fmt.Println(string(dst))

	b := []byte("x1 y22 z333")
	num := regexp.MustCompile(`[a-z](\d+)`)
	fmt.Printf("%q %v %q %v\n", num.Find(b), num.FindIndex(b), num.FindSubmatch(b), num.FindSubmatchIndex(b))
	fmt.Printf("%q %v\n", num.FindAll(b, -1), num.FindAllIndex(b, 2))
	fmt.Printf("%q %v\n", num.FindAllSubmatch(b, -1), num.FindAllSubmatchIndex(b, -1))
	fmt.Printf("%s\n", num.ReplaceAll(b, []byte("<$1>")))
	fmt.Printf("%s\n", num.ReplaceAllLiteral(b, []byte("<$1>")))
	fmt.Printf("%s\n", num.ReplaceAllFunc(b, bytes.ToUpper))
	fmt.Println(num.Match(b), num.Match([]byte("nope")), string(num.Expand(nil, []byte("[$1]"), b, num.FindSubmatchIndex(b))))
	ok, err := regexp.MatchString(`^\d+$`, "12345")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`^\d+$`, []byte("12a45"))
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`(`, "x")
	fmt.Println(ok, err)

	fmt.Println(regexp.QuoteMeta(`Escaping $5.00 [really] (a|b)*?+{1}^\`))
	fmt.Println(regexp.MustCompile(regexp.QuoteMeta("1.5+2")).MatchString("1.5+2"))
	for _, p := range []string{`abc`, `abc+`, `(?i)abc`, `a(b)c`, `^x`, ``} {
		pre, full := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("%q %q %v\n", p, pre, full)
	}

	sp := regexp.MustCompile(`\s*,\s*`)
	for _, n := range []int{-1, 0, 1, 2, 10} {
		fmt.Printf("%d %q\n", n, sp.Split("a , b,c ,d", n))
	}
	fmt.Printf("%q %q %q\n", regexp.MustCompile(``).Split("abc", -1), regexp.MustCompile(`x*`).Split("axbxxc", -1), regexp.MustCompile(`a`).Split("", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\b`).FindAllStringIndex("hi there", -1))
	fmt.Println(regexp.MustCompile(`x`).FindStringSubmatch("y") == nil, regexp.MustCompile(`x`).FindAllString("y", -1) == nil)
	fmt.Printf("%q\n", regexp.MustCompile(`(a)|b`).FindAllStringSubmatch("ab", -1))
	fmt.Println(regexp.MustCompile(`(?m)^(\w+):\s*(.*)$`).ReplaceAllString("k1: v1\nkey2:v2\n", "$2=$1"))
	fmt.Println(re)
	fmt.Printf("%v %s\n", num, num.String())
	long := strings.Repeat("ab", 5000) + "c"
	fmt.Println(len(regexp.MustCompile(`(ab)*c`).FindString(long)), regexp.MustCompile(`(a|b)*d`).MatchString(long))
	fmt.Println(len(regexp.MustCompile(`[ab]`).FindAllString(long, -1)))

	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile(`a(b`)
}
