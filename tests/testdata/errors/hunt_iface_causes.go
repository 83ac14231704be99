package main

import (
	"fmt"
	"io"
	"sort"
)

type Namer interface{ Name() string }

type A struct{ Name string }

type B struct{}

func (B) name() string { return "" }

type C struct{}

func (C) Name() int { return 0 }

type D struct{}

func (*D) Name() string { return "" }

type E struct{}

func (E) NAME() string { return "" }

type R struct{}

func (R) read(p []byte) (int, error) { return 0, nil }

type L []int

func (L) Len() int { return 0 }

func main() {
	var n Namer
	n = A{}
	n = B{}
	n = C{}
	n = D{}
	n = E{}
	var r io.Reader = R{}
	sort.Sort(L{})
	fmt.Println(n, r)
}
