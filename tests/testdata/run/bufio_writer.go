package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
)

// recorder logs every Write call it gets.
type recorder struct {
	calls []string
}

func (r *recorder) Write(p []byte) (int, error) {
	r.calls = append(r.calls, string(p))
	return len(p), nil
}

// failing accepts n bytes, then fails.
type failing struct{ n int }

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k := f.n
		f.n = 0
		return k, errors.New("disk full")
	}
	f.n -= len(p)
	return len(p), nil
}

func main() {
	rec := &recorder{}
	w := bufio.NewWriterSize(rec, 16)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("hello ")
	w.WriteByte('w')
	w.WriteRune('ö')
	w.Write([]byte("rld"))
	fmt.Println(w.Available(), w.Buffered(), len(rec.calls))
	w.WriteString("-this string is longer than the buffer-")
	fmt.Println(w.Available(), w.Buffered(), rec.calls)
	w.Write([]byte(strings.Repeat("z", 40)))
	fmt.Println(w.Buffered(), len(rec.calls))
	fmt.Println(w.Flush(), w.Buffered(), len(rec.calls))
	fmt.Println(w.Flush(), len(rec.calls))
	for i := 0; i < 10; i++ {
		w.WriteRune('世')
	}
	w.Flush()
	for i, c := range rec.calls {
		fmt.Printf("%d %q\n", i, c)
	}

	fw := bufio.NewWriterSize(&failing{n: 20}, 16)
	n, err := fw.WriteString("0123456789")
	fmt.Println(n, err)
	n, err = fw.WriteString("0123456789abcdef")
	fmt.Println(n, err)
	n, err = fw.WriteString("more")
	fmt.Println(n, err, fw.Flush(), fw.WriteByte('x'))

	same := bufio.NewWriterSize(w, 8)
	fmt.Println(same == w, bufio.NewWriter(w) == w)

	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(out, "%d %s\n", 42, "buffered to stdout")
	ab := out.AvailableBuffer()
	ab = append(ab, "appended via AvailableBuffer\n"...)
	out.Write(ab)
	n2, err := out.ReadFrom(strings.NewReader("read from a reader\n"))
	fmt.Fprintln(out, n2, err)
	out.Flush()

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), bufio.NewWriter(os.Stdout))
	line, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + line)
	rw.Flush()
}
