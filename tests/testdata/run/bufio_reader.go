package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("first line\nsecond\r\nthird"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("ReadString %q %v\n", s, err)
		if err != nil {
			break
		}
	}

	// A 16-byte buffer (the minimum) makes ReadLine report prefixes.
	r = bufio.NewReaderSize(strings.NewReader("a line that is longer than sixteen bytes\nshort\r\nend"), 4)
	fmt.Println("size", r.Size())
	for {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("ReadLine %q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}

	r = bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnop"), 16)
	p, err := r.Peek(5)
	fmt.Printf("Peek %q %v buffered=%d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("Peek big %q %v\n", p, err)
	n, err := r.Discard(3)
	fmt.Println("Discard", n, err)
	b, err := r.ReadByte()
	fmt.Printf("ReadByte %q %v\n", b, err)
	fmt.Println("UnreadByte", r.UnreadByte())
	fmt.Println("UnreadByte again", r.UnreadByte())
	line, err := r.ReadSlice('f')
	fmt.Printf("ReadSlice %q %v\n", line, err)
	line, err = r.ReadSlice('#')
	fmt.Printf("ReadSlice missing %q %v\n", line, err)
	n, err = r.Discard(100)
	fmt.Println("Discard past end", n, err)
	_, err = r.Peek(-1)
	fmt.Println(err)

	r = bufio.NewReader(strings.NewReader("héllo, 世界\xff!"))
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("ReadRune end", err)
			break
		}
		fmt.Printf("%q/%d ", c, size)
	}
	fmt.Println()
	r = bufio.NewReader(strings.NewReader("世x"))
	c, _, _ := r.ReadRune()
	fmt.Println(string(c), r.UnreadRune(), r.UnreadRune())
	c, _, _ = r.ReadRune()
	fmt.Println(string(c))
	r.ReadByte()
	fmt.Println(r.UnreadRune())

	r = bufio.NewReader(strings.NewReader("k1=v1;k2=v2;rest"))
	for {
		tok, err := r.ReadBytes(';')
		fmt.Printf("ReadBytes %q %v\n", tok, err)
		if err == io.EOF {
			break
		}
	}

	r = bufio.NewReader(strings.NewReader("read into a slice"))
	buf := make([]byte, 6)
	for {
		n, err := r.Read(buf)
		if err != nil {
			fmt.Println("Read", n, err)
			break
		}
		fmt.Printf("Read %q\n", buf[:n])
	}
	r.Reset(strings.NewReader("again"))
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)

	var sb strings.Builder
	r = bufio.NewReader(strings.NewReader("written to"))
	r.ReadByte()
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
}
