package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("nope") }

type halfWriter struct{}

func (halfWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

// onlyWrite has no WriteString.
type onlyWrite struct{ calls int }

func (w *onlyWrite) Write(p []byte) (int, error) {
	w.calls++
	return len(p), nil
}

// bufAt is a WriterAt over a byte slice.
type bufAt struct{ b []byte }

func (w *bufAt) WriteAt(p []byte, off int64) (int, error) {
	for int64(len(w.b)) < off+int64(len(p)) {
		w.b = append(w.b, '.')
	}
	copy(w.b[off:], p)
	return len(p), nil
}

func main() {
	var a, b bytes.Buffer
	var sb strings.Builder
	mw := io.MultiWriter(&a, &b, &sb)
	n, err := fmt.Fprintf(mw, "hello %d", 42)
	fmt.Println(n, err, a.String(), b.String(), sb.String())
	n, err = io.WriteString(mw, "!")
	fmt.Println(n, err, a.String(), sb.String())

	mw = io.MultiWriter(&a, failWriter{}, &b)
	n, err = mw.Write([]byte("x"))
	fmt.Println(n, err, a.Len(), b.Len())
	mw = io.MultiWriter(halfWriter{}, &b)
	n, err = mw.Write([]byte("abcd"))
	fmt.Println(n, err)

	ow := &onlyWrite{}
	n, err = io.WriteString(ow, "through Write")
	fmt.Println(n, err, ow.calls)
	n, err = io.WriteString(os.Stdout, "WriteString to stdout\n")
	fmt.Println(n, err)

	n, err = io.Discard.Write(make([]byte, 100))
	fmt.Println(n, err)
	n64, err := io.Copy(io.Discard, strings.NewReader(strings.Repeat("z", 10000)))
	fmt.Println(n64, err)
	n, err = io.WriteString(io.Discard, "gone")
	fmt.Println(n, err)

	at := &bufAt{}
	ow2 := io.NewOffsetWriter(at, 3)
	ow2.Write([]byte("abc"))
	ow2.Write([]byte("de"))
	ow2.WriteAt([]byte("Z"), 0)
	pos, err := ow2.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	ow2.Write([]byte("Y"))
	fmt.Println(string(at.b))

	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
}
