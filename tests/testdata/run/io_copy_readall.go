package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// slowReader returns at most 3 bytes per Read and hides WriterTo.
type slowReader struct{ s string }

func (r *slowReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:least(len(p), 3)], r.s)
	r.s = r.s[n:]
	return n, nil
}

// errReader fails after its data.
type errReader struct{ n int }

func (r *errReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, errors.New("read failed")
	}
	r.n--
	p[0] = 'x'
	return 1, nil
}

// plainWriter hides ReaderFrom.
type plainWriter struct{ b []byte }

func (w *plainWriter) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

func main() {
	data, err := io.ReadAll(&slowReader{"all of this text, three bytes at a time"})
	fmt.Printf("%q %v\n", data, err)
	data, err = io.ReadAll(strings.NewReader(""))
	fmt.Println(len(data), data != nil, err)
	big := strings.Repeat("0123456789", 300)
	data, err = io.ReadAll(&slowReader{big})
	fmt.Println(len(data), string(data) == big, err)
	data, err = io.ReadAll(&errReader{4})
	fmt.Printf("%q %v\n", data, err)

	w := &plainWriter{}
	n, err := io.Copy(w, &slowReader{"copy through a buffer"})
	fmt.Println(n, err, string(w.b))
	var buf bytes.Buffer
	n, err = io.Copy(&buf, strings.NewReader("WriterTo path"))
	fmt.Println(n, err, buf.String())
	n, err = io.Copy(os.Stdout, strings.NewReader("to stdout\n"))
	fmt.Println(n, err)
	n, err = io.Copy(w, &errReader{2})
	fmt.Println(n, err)
	n, err = io.Copy(shortWriter{}, &slowReader{"abcdef"})
	fmt.Println(n, err)

	n, err = io.CopyN(w, &slowReader{"0123456789"}, 4)
	fmt.Println(n, err)
	n, err = io.CopyN(w, &slowReader{"01"}, 4)
	fmt.Println(n, err)
	n, err = io.CopyN(w, &slowReader{"01"}, 0)
	fmt.Println(n, err)

	w.b = nil
	n, err = io.CopyBuffer(w, &slowReader{"with my buffer"}, make([]byte, 2))
	fmt.Println(n, err, string(w.b))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(w, &slowReader{"x"}, make([]byte, 0))
	}()
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
