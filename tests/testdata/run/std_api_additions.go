package main

import (
	"bytes"
	"encoding"
	"fmt"
	"net/url"
	"strconv"
)

type stamp int

func (s stamp) AppendText(b []byte) ([]byte, error) {
	return append(b, fmt.Sprintf("#%d", int(s))...), nil
}

func main() {
	for _, s := range []string{"1+2i", "(3.5-4e2i)", "7i", "-i", "i", "1", "(1)", "+Inf-NaNi", "1++2i", "1+-2i",
		"1e400+1i", "1+1e400i", "0x1p3+0x1p-2i", "1_0+2i", "abc", "", "()", "1+2", "1+2j", "(1+2i", "3e38+3e39i"} {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Println(s, c, err, c64, err64)
	}
	for _, c := range []complex128{1 + 2i, -1.5 - 0.25i, complex(0, -0.0), 1e21 + 1e-7i} {
		fmt.Println(strconv.FormatComplex(c, 'g', -1, 128), strconv.FormatComplex(c, 'f', 2, 64),
			strconv.FormatComplex(c, 'e', 3, 128), strconv.FormatComplex(c, 'G', 4, 128))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatComplex(1, 'g', -1, 32)
	}()

	var b bytes.Buffer
	b.WriteString("hello, world")
	p, err := b.Peek(5)
	fmt.Printf("%q %v %d\n", p, err, b.Len())
	b.Next(7)
	p, err = b.Peek(10)
	fmt.Printf("%q %v %d\n", p, err, b.Len())

	var ta encoding.TextAppender = stamp(7)
	out, _ := ta.AppendText([]byte("id"))
	fmt.Println(string(out))
	u, _ := url.Parse("http://x/y")
	var ba encoding.BinaryAppender = u
	out, _ = ba.AppendBinary(nil)
	fmt.Println(string(out))
}
