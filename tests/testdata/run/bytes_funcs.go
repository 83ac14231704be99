// bytes: search, split (with capacities), fields, trim (nil results), case mapping, replace, repeat, join, runes on byte slices.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, a [][]byte) {
	fmt.Printf("%s %d:", name, len(a))
	for _, b := range a {
		fmt.Printf(" %q/%d/%v", b, cap(b), b == nil)
	}
	fmt.Println()
}

func q(name string, b []byte) {
	fmt.Printf("%s %q %v\n", name, b, b == nil)
}

func main() {
	s := []byte("chicken kitchen ☺ 日本語 end")
	fmt.Println(bytes.Index(s, []byte("ken")), bytes.LastIndex(s, []byte("ken")), bytes.IndexByte(s, 'k'), bytes.LastIndexByte(s, 'k'), bytes.IndexRune(s, '本'), bytes.IndexAny(s, "xyz☺"), bytes.LastIndexAny(s, "ck"))
	fmt.Println(bytes.Contains(s, []byte("日本")), bytes.ContainsAny(s, "QZ"), bytes.ContainsRune(s, '語'), bytes.Count(s, []byte("e")), bytes.Count(s, nil), bytes.HasPrefix(s, []byte("chi")), bytes.HasSuffix(s, []byte("end")))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("b")), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil), bytes.EqualFold([]byte("Straße"), []byte("STRAßE")))
	fmt.Println(bytes.IndexFunc(s, unicode.IsSpace), bytes.LastIndexFunc(s, unicode.IsSpace), bytes.ContainsFunc(s, unicode.IsUpper))
	show("Split", bytes.Split([]byte("a,b,,c"), []byte(",")))
	show("SplitN", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2))
	show("SplitN0", bytes.SplitN([]byte("a,b"), []byte(","), 0))
	show("SplitAfter", bytes.SplitAfter([]byte("1.2.3"), []byte(".")))
	show("SplitAfterN", bytes.SplitAfterN([]byte("1.2.3"), []byte("."), 2))
	show("explode", bytes.Split([]byte("a☺\xffb"), nil))
	show("explodeN", bytes.SplitN([]byte("abcd"), nil, 2))
	show("Fields", bytes.Fields([]byte("  foo bar\u00a0baz\t")))
	show("FieldsFunc", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit))
	q("Trim", bytes.Trim([]byte("  xx  "), " "))
	q("TrimAll", bytes.Trim([]byte("    "), " "))
	q("TrimNil", bytes.Trim(nil, " "))
	q("TrimEmptyCut", bytes.Trim([]byte(""), ""))
	q("TrimLeft", bytes.TrimLeft([]byte("¡¡Hi!!"), "!¡"))
	q("TrimLeftAll", bytes.TrimLeft([]byte("aaa"), "a"))
	q("TrimRight", bytes.TrimRight([]byte("¡¡Hi!!"), "!¡"))
	q("TrimRightAll", bytes.TrimRight([]byte("aaa"), "a"))
	q("TrimSpace", bytes.TrimSpace([]byte(" \t x y \n")))
	q("TrimSpaceAll", bytes.TrimSpace([]byte(" \u00a0 ")))
	q("TrimSpaceEmpty", bytes.TrimSpace([]byte{}))
	q("TrimFunc", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	q("TrimFuncAll", bytes.TrimFunc([]byte("123"), unicode.IsDigit))
	q("TrimRightFuncAll", bytes.TrimRightFunc([]byte("123"), unicode.IsDigit))
	q("TrimPrefix", bytes.TrimPrefix([]byte("prefix-x"), []byte("prefix-")))
	q("TrimSuffix", bytes.TrimSuffix([]byte("a.go"), []byte(".go")))
	q("ToUpper", bytes.ToUpper([]byte("héllo, wörld")))
	q("ToUpperNil", bytes.ToUpper(nil))
	q("ToLower", bytes.ToLower([]byte("HÉLLO ΣΑΣ")))
	q("ToTitle", bytes.ToTitle([]byte("ǆemal")))
	q("Title", bytes.Title([]byte("hello wORLD-x_y é")))
	q("Map", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, []byte("banana\xff")))
	q("Replace", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	q("ReplaceAll", bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	q("ReplaceEmpty", bytes.Replace([]byte("abc"), nil, []byte("-"), -1))
	q("ReplaceNone", bytes.Replace(nil, []byte("x"), []byte("y"), -1))
	q("Repeat", bytes.Repeat([]byte("na"), 5))
	q("Repeat0", bytes.Repeat([]byte("na"), 0))
	q("Join", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	q("Join0", bytes.Join(nil, []byte(",")))
	q("Join1", bytes.Join([][]byte{nil}, []byte(",")))
	q("ToValidUTF8", bytes.ToValidUTF8([]byte("a\xff\xfeb\xc0"), []byte("?")))
	q("Clone", bytes.Clone([]byte("x")))
	q("CloneNil", bytes.Clone(nil))
	q("CloneEmpty", bytes.Clone([]byte{}))
	fmt.Println(bytes.Runes([]byte("a☺\xff")))
	b, a, f := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%q %q %v\n", b, a, f)
	b, a, f = bytes.Cut([]byte("kv"), []byte("="))
	fmt.Printf("%q %q %v %v\n", b, a, f, a == nil)
	r, ok := bytes.CutPrefix([]byte("Gopher"), []byte("Go"))
	fmt.Printf("%q %v\n", r, ok)
	r, ok = bytes.CutSuffix([]byte("Gopher"), []byte("er"))
	fmt.Printf("%q %v\n", r, ok)
}
