package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

type codeError struct{ code int }

func (e *codeError) Error() string { return "code " + strconv.Itoa(e.code) }

type wrapper struct {
	msg string
	err error
}

func (w wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapper) Unwrap() error { return w.err }

type alwaysEOF struct{}

func (alwaysEOF) Error() string        { return "pretends to be EOF" }
func (alwaysEOF) Is(target error) bool { return target == io.EOF }

func main() {
	base := &codeError{404}
	w1 := fmt.Errorf("fetch: %w", base)
	w2 := wrapper{"layer", w1}
	joined := errors.Join(io.ErrUnexpectedEOF, w2, nil)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, io.ErrUnexpectedEOF), errors.Is(joined, base), errors.Is(joined, io.EOF))
	var ce *codeError
	fmt.Println(errors.As(joined, &ce), ce.code)
	if got, ok := errors.AsType[*codeError](w2); ok {
		fmt.Println("AsType:", got.code)
	}
	_, ok := errors.AsType[*fs.PathError](w2)
	fmt.Println(ok)
	fmt.Println(errors.Unwrap(w2) == w1, errors.Unwrap(w1) == base, errors.Unwrap(base) == nil)
	fmt.Println(errors.Is(alwaysEOF{}, io.EOF), errors.Is(fmt.Errorf("x: %w", alwaysEOF{}), io.EOF))
	multi := fmt.Errorf("two: %w and %w", io.EOF, base)
	fmt.Println(multi, errors.Is(multi, io.EOF), errors.As(multi, &ce))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	_, err := os.Open("/does/not/exist")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(w2, &target), target.Unwrap() == w1)
	e1, e2 := errors.New("same"), errors.New("same")
	fmt.Println(e1 == e2, errors.Is(e1, e2), errors.Is(nil, nil), errors.Is(e1, nil))
	fmt.Println(errors.ErrUnsupported)
	defer func() { fmt.Println("panic:", recover()) }()
	errors.As(err, nil)
}
