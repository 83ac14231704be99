package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type box struct {
	n    int
	name string
	next *box
}

func newBox(n uintptr, name string) *box {
	if int(n) < 0 {
		return nil
	}
	return &box{n: int(n), name: name}
}

type empty struct{}

func newEmpty() *empty { return &empty{} }

func tagged(s string) error { return &tagErr{s, 7} }

type tagErr struct {
	s    string
	code int8
}

func (e *tagErr) Error() string { return fmt.Sprint(e.s, e.code) }

var (
	errA = errors.New("same text")
	errB = errors.New("same text")
	boxA = newBox(1, "one")
	boxB = newBox(2, "two")
	// an early nil return taken at initialisation
	boxN = newBox(^uintptr(0), "neg")
	tagE = tagged("tag")
	e1   = newEmpty()
	e2   = newEmpty()
	// depends on another variable: stays dynamic, and must see boxA's final value
	chain = &box{n: 3, next: boxA}
	count = 0
)

func init() {
	count++
	boxA.n += 10
}

func main() {
	fmt.Println(errA == errB, errA.Error() == errB.Error(), errA, errB)
	fmt.Println(errors.Is(errA, errA), errors.Is(errA, errB))
	fmt.Println(boxA.n, boxA.name, boxB.n, boxB.name, chain.next == boxA, chain.next.n)
	boxB.next = &box{n: 99}
	for i := 0; i < 1000; i++ {
		_ = make([]byte, 1024)
	}
	fmt.Println(boxB.next.n, tagE, count)
	fmt.Println(e1 != nil, e2 != nil, boxN == nil)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.EOF == io.ErrUnexpectedEOF, fs.SkipDir, fs.SkipAll == fs.SkipDir)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	_, err := os.Open("/nonexistent/x")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var p *fs.PathError
	fmt.Println(errors.As(err, &p), p.Op)
	fmt.Fprintln(os.Stdout, "via Stdout")
}
