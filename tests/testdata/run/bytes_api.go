package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
)

func main() {
	s := []byte("  Hello, Gophers! hello again  ")
	fmt.Println(bytes.Contains(s, []byte("Go")), bytes.ContainsAny(s, "xyz!"), bytes.ContainsRune(s, 'G'), bytes.ContainsFunc(s, unicode.IsDigit))
	fmt.Println(bytes.Count(s, []byte("l")), bytes.Count(s, nil), bytes.Index(s, []byte("hello")), bytes.LastIndex(s, []byte("l")))
	fmt.Println(bytes.IndexAny(s, "!,"), bytes.LastIndexAny(s, "eo"), bytes.IndexByte(s, 'G'), bytes.IndexRune(s, 'é'), bytes.IndexFunc(s, unicode.IsUpper))
	fmt.Printf("%q %q %q\n", bytes.TrimSpace(s), bytes.Trim(s, " H"), bytes.TrimFunc(s, unicode.IsSpace))
	fmt.Printf("%q %q\n", bytes.TrimLeft(s, " "), bytes.TrimRight(s, " n"))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("a.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c3"), unicode.IsDigit))
	fmt.Printf("%q %q\n", bytes.Split([]byte("a,b,c"), []byte(",")), bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper(s), bytes.ToLower(s), bytes.Title([]byte("go is fun")))
	fmt.Printf("%s|%s\n", bytes.Repeat([]byte("ab"), 3), bytes.Replace(s, []byte("l"), []byte("L"), 2))
	fmt.Printf("%s\n", bytes.ReplaceAll(s, []byte("ello"), []byte("i")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'o' {
			return -1
		}
		return unicode.ToUpper(r)
	}, s))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, []byte{}))
	fmt.Println(bytes.HasPrefix(s, []byte("  H")), bytes.HasSuffix(s, []byte("  ")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	rest, ok := bytes.CutPrefix([]byte("v1.2"), []byte("v"))
	fmt.Printf("%s %v\n", rest, ok)
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xffb\xfe\xfdc"), []byte("?")))
	fmt.Println(bytes.Runes([]byte("héllo")), bytes.Clone(nil) == nil)

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	b := make([]byte, 5)
	n, _ := buf.Read(b)
	fmt.Printf("%q %d %q\n", b[:n], buf.Len(), buf.Next(3))
	c, _ := buf.ReadByte()
	buf.UnreadByte()
	r, size, _ := buf.ReadRune()
	fmt.Println(c, r, size)
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	rest2, err := buf.ReadBytes('x')
	fmt.Printf("%q %v\n", rest2, err)
	buf.Reset()
	buf.Grow(64)
	buf.WriteString("truncate me")
	buf.Truncate(8)
	fmt.Printf("%q %v\n", buf.String(), buf.Cap() >= 64)
	var out bytes.Buffer
	nn, err := io.Copy(&out, bytes.NewReader([]byte("copied via Reader")))
	fmt.Println(nn, err, out.String())
	rd := bytes.NewReader([]byte("0123456789"))
	rd.Seek(3, io.SeekStart)
	p := make([]byte, 4)
	rd.Read(p)
	fmt.Println(string(p), rd.Len(), rd.Size())
	rd.ReadAt(p, 6)
	fmt.Println(string(p))
	nb := bytes.NewBufferString("from string")
	fmt.Println(nb.String(), bytes.MinRead)
}
