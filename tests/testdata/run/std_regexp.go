package main

import (
	"fmt"
	"regexp"
	"strings"
)

func try(pat string, inputs ...string) {
	re, err := regexp.Compile(pat)
	if err != nil {
		fmt.Printf("%-22q error: %v\n", pat, err)
		return
	}
	pre, complete := re.LiteralPrefix()
	fmt.Printf("%-22q groups=%d names=%q prefix=%q,%v\n", pat, re.NumSubexp(), re.SubexpNames(), pre, complete)
	for _, in := range inputs {
		fmt.Printf("    %-16q match=%v sub=%v all=%q\n", in, re.MatchString(in), re.FindStringSubmatchIndex(in),
			re.FindAllString(in, -1))
	}
}

func main() {
	try(`a+b*`, "aaabbb", "b", "xaab")
	try(`(a|ab)(c|bcd)(d*)`, "abcd")
	try(`(a*)*`, "b", "aa")
	try(`(a*)+`, "b")
	try(`(a|b)*?c`, "abac")
	try(`x*`, "", "xxaxx")
	try(`(?i)straße|k`, "STRASSE", "Straße", "\u212a", "K")
	try(`(?i)[a-c]+`, "xABcd")
	try(`[^a-z\d]+`, "ab12CD\n!")
	try(`^\w+$`, "hello", "hello world", "")
	try(`(?m)^(\w+):\s*(.*)$`, "key: value\nk2:v2")
	try(`(?s)a.b`, "a\nb")
	try(`a.b`, "a\nb", "aéb")
	try(`\bfoo\b`, "a foo b", "foobar", "foo")
	try(`\Bo\B`, "foo boo")
	try(`(?P<year>\d{4})-(?P<month>\d{2})(?:-(?<day>\d\d))?`, "2024-05-06", "1999-12")
	try(`a{2,3}`, "aaaa", "a")
	try(`a{2,}?`, "aaaa")
	try(`a{0}b`, "ab")
	try(`[[:alpha:]]+[[:^digit:]]`, "abc1d")
	try(`\p{Greek}+`, "abc αβγ def")
	try(`\PL+`, "ab12 cd")
	try(`\p{Lu}\p{^Lu}`, "aBcD")
	try(`[\p{Nd}x]+`, "x١٢3y")
	try(`\pN`, "a5")
	try(`\x41\x{263a}\101\0`, "A☺A\x00")
	try(`\Qa.b*\E+`, "a.b**")
	try(`[]a]+`, "]a]b")
	try(`[a-]+`, "a-b")
	try(`a|`, "b")
	try(`|a`, "a")
	try(`(?U)a+`, "aaa")
	try(`(?i:A)b`, "ab", "aB")
	try(`(a)|(b)`, "b")
	try(`.*`, "abc")
	try(`\$\.\^`, "$.^")
	try(`()`, "x")
	try(`(|a)*`, "aa")
	try(`(a|)+`, "aa")
	try(`x{1,2}{3}`, "xxxxxx")
	for _, bad := range []string{`(a`, `a)`, `[a`, `*a`, `a**`, `a*+`, `a{1001}`, `a{3,2}`, `\q`, `a\`, `[z-a]`,
		`(?P<>a)`, `(?P<x>a)(?P<x>b)`, `(?z)`, `\p{Foo}`, `[[:foo:]]`, `\8`, `(?i-)`, `\xZZ`, `x{2}{1001}`, `(?P<a`,
		`a|*`, `()+*`, `\pX`} {
		_, err := regexp.Compile(bad)
		fmt.Printf("%q -> %v\n", bad, err)
	}
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	src := "bob@example.com, alice@test.com; nobody@nowhere.org"
	fmt.Println(re.ReplaceAllString(src, "$2:$1"), "|", re.ReplaceAllString(src, "${1}x $1x $$ $9 ${bad"))
	fmt.Println(re.ReplaceAllLiteralString(src, "$1"), "|", re.ReplaceAllStringFunc(src, strings.ToUpper))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(src, -1))
	fmt.Printf("%q %q\n", re.FindAllStringSubmatch(src, 1), re.FindAllStringSubmatchIndex(src, -1))
	fmt.Printf("%s\n", re.ReplaceAll([]byte(src), []byte("<$0>")))
	fmt.Printf("%s\n", re.ReplaceAllFunc([]byte(src), func(b []byte) []byte { return []byte(fmt.Sprint(len(b))) }))
	fmt.Printf("%q\n", re.Expand(nil, []byte("user=$1 host=${2}"), []byte(src), re.FindSubmatchIndex([]byte(src))))
	empty := regexp.MustCompile(`a*`)
	fmt.Printf("%q %q\n", empty.ReplaceAllString("baaac", "X"), empty.FindAllStringIndex("baaac", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`,\s*`).Split("a, b,c ,  d", -1))
	fmt.Printf("%q %q %q\n", regexp.MustCompile(`x*`).Split("axbxxc", -1), regexp.MustCompile(`a`).Split("banana", 2),
		regexp.MustCompile(``).Split("abc", -1))
	fmt.Printf("%q %q\n", regexp.MustCompile(`a`).Split("", -1), regexp.MustCompile(``).Split("", -1))
	fmt.Println(regexp.QuoteMeta(`1.5+2*[x]{y}(z)|^$\`), regexp.MustCompile(regexp.QuoteMeta("a.b")).MatchString("axb"))
	ok, err := regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`(`, []byte("x"))
	fmt.Println(ok, err)
	fmt.Println(re.SubexpIndex("nope"), regexp.MustCompile(`(?P<n>x)`).SubexpIndex("n"), re.String(), re)
	fmt.Printf("%q %q %v\n", re.Find([]byte(src)), re.FindSubmatch([]byte(src)), re.FindIndex([]byte(src)))
	fmt.Printf("%q\n", re.FindAll([]byte(src), -1))
	txt, _ := re.MarshalText()
	var re2 regexp.Regexp
	fmt.Println(string(txt), re2.UnmarshalText([]byte(`\w+`)), re2.FindString("  hi  "), re2.UnmarshalText([]byte(`(`)))
	long := strings.Repeat("ab", 5000) + "c"
	fmt.Println(regexp.MustCompile(`(a|b)*c`).FindStringIndex(long), regexp.MustCompile(`(x+x+)+y`).MatchString(strings.Repeat("x", 3000)))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile(`a(b`)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile("\x60(")
	}()
}

func init() {
	re := regexp.MustCompile(`(\d+)-(\d+)`)
	fmt.Println(re.MatchReader(strings.NewReader("x 12-34 y")), re.FindReaderIndex(strings.NewReader("é 12-34")),
		re.FindReaderSubmatchIndex(strings.NewReader("ab 5-6")), re.FindReaderIndex(strings.NewReader("none")))
	ok, err := regexp.MatchReader(`^é`, strings.NewReader("éa"))
	fmt.Println(ok, err)
}
