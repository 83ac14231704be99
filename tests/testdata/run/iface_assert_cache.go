package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }
type Sq struct{ s float64 }
type Circ struct{ r float64 }

func (q Sq) Area() float64    { return q.s * q.s }
func (q Sq) Name() string     { return "square" }
func (c *Circ) Area() float64 { return 3 * c.r * c.r }

func main() {
	var xs []any
	for i := 0; i < 300; i++ {
		switch i % 4 {
		case 0:
			xs = append(xs, Sq{float64(i)})
		case 1:
			xs = append(xs, &Circ{float64(i)})
		case 2:
			xs = append(xs, strings.NewReader("abc"))
		default:
			xs = append(xs, errors.New("e"))
		}
	}
	total, names, readers, errs := 0.0, 0, 0, 0
	for _, x := range xs {
		if s, ok := x.(Shape); ok {
			total += s.Area()
		}
		if n, ok := x.(Named); ok {
			names += len(n.Name())
		}
		switch v := x.(type) {
		case io.Reader:
			readers++
		case error:
			errs += len(v.Error())
		}
	}
	fmt.Println(total, names, readers, errs)
	var r io.Reader = strings.NewReader("x")
	_, ok := r.(io.Writer)
	fmt.Println(ok)
	defer func() { fmt.Println(recover()) }()
	_ = r.(io.WriterTo)
	_ = r.(io.Writer)
}
