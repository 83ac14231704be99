package main

import (
	"errors"
	"fmt"
	"io"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (e netErr) Error() string   { return e.msg }
func (e netErr) Temporary() bool { return true }

var ErrBase = errors.New("base")

func lookup(k string) (string, error) {
	switch k {
	case "a":
		return "A", nil
	case "io":
		return "", fmt.Errorf("reading %s: %w", k, io.EOF)
	case "net":
		return "", fmt.Errorf("wrap: %w", netErr{"timeout"})
	case "base":
		return "", fmt.Errorf("l2: %w", fmt.Errorf("l1: %w", ErrBase))
	}
	return "", &NotFound{k}
}

func mayReturnTypedNil(fail bool) error {
	var p *NotFound
	if fail {
		p = &NotFound{"x"}
	}
	return p
}

func main() {
	for _, k := range []string{"a", "io", "net", "base", "zzz"} {
		v, err := lookup(k)
		var nf *NotFound
		var tmp Temporary
		fmt.Println(k, v, err, errors.Is(err, io.EOF), errors.Is(err, ErrBase),
			errors.As(err, &nf), errors.As(err, &tmp), errors.Unwrap(err) != nil)
		if nf != nil {
			fmt.Println("  key:", nf.Key)
		}
	}
	e := mayReturnTypedNil(false)
	fmt.Println(e == nil, e != nil)
	joined := errors.Join(ErrBase, io.EOF)
	fmt.Println(joined, errors.Is(joined, io.EOF))
	fmt.Printf("%v|%s|%+v\n", ErrBase, io.ErrUnexpectedEOF, &NotFound{"k"})
	err := fmt.Errorf("multi %w and %w", ErrBase, io.EOF)
	fmt.Println(err, errors.Is(err, ErrBase), errors.Is(err, io.EOF))
}
