package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// chunky hands out its data in small pieces.
type chunky struct {
	s string
	n int
}

func (c *chunky) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	k := least(c.n, len(c.s), len(p))
	copy(p, c.s[:k])
	c.s = c.s[k:]
	return k, nil
}

type limitedWriter struct {
	b   []byte
	max int
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	k := least(len(p), w.max-len(w.b))
	w.b = append(w.b, p[:k]...)
	if k < len(p) {
		return k, io.ErrShortWrite
	}
	return k, nil
}

func main() {
	var b bytes.Buffer
	n, err := b.ReadFrom(&chunky{strings.Repeat("abc", 400), 7})
	fmt.Println(n, err, b.Len(), b.Cap() >= 1200)
	b.Reset()
	b.WriteString("prefix:")
	n, err = b.ReadFrom(strings.NewReader("rest"))
	fmt.Println(n, err, b.String())

	n, err = b.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(n, err, b.Len())

	b.WriteString("0123456789")
	lw := &limitedWriter{max: 4}
	n, err = b.WriteTo(lw)
	fmt.Println(n, err, string(lw.b), b.String())

	line, err := bytes.NewBufferString("a,b,c").ReadString(',')
	fmt.Printf("%q %v\n", line, err)

	r := strings.NewReader("strings.Reader WriteTo")
	r.Seek(8, io.SeekStart)
	var sb strings.Builder
	n, err = r.WriteTo(&sb)
	fmt.Println(n, err, sb.String(), r.Len())
	n, err = r.WriteTo(&sb)
	fmt.Println(n, err)

	br := bytes.NewReader([]byte("bytes.Reader WriteTo"))
	br.ReadByte()
	var out bytes.Buffer
	n, err = br.WriteTo(&out)
	fmt.Println(n, err, out.String())

	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	k, err := rep.WriteString(os.Stdout, "<b>bold</b>\n")
	fmt.Println(k, err)

	// io.Copy prefers WriterTo, then ReaderFrom.
	var dst bytes.Buffer
	n, err = io.Copy(&dst, &chunky{"via ReadFrom", 2})
	fmt.Println(n, err, dst.String())
}

// least is min for ints (written out: pogo has no min built-in yet).
func least(a ...int) int {
	m := a[0]
	for _, x := range a[1:] {
		if x < m {
			m = x
		}
	}
	return m
}
