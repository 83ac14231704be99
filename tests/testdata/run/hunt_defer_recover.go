package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type cleanup struct {
	steps []string
}

func (c *cleanup) add(s string) { c.steps = append(c.steps, s) }

func process(items []string, c *cleanup) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			c.add("recover")
		}
	}()
	defer c.add("first-deferred-last-run")
	for i, it := range items {
		defer func() { c.add("item" + fmt.Sprint(i)) }()
		if it == "" {
			panic("empty item at " + fmt.Sprint(i))
		}
		n += len(it)
	}
	return n, nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			if re, ok := e.(interface{ RuntimeError() }); ok {
				_ = re
				err = errors.New("runtime: " + fmt.Sprint(e))
			}
		}
	}()
	return a / b, nil
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprintf("outer caught %v", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re-%v", r))
		}()
		panic("inner")
	}()
	return "unreachable"
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func main() {
	var c cleanup
	n, err := process([]string{"ab", "cde"}, &c)
	fmt.Println(n, err, strings.Join(c.steps, ","))
	c = cleanup{}
	n, err = process([]string{"ab", "", "x"}, &c)
	fmt.Println(n, err, strings.Join(c.steps, ","))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(nested())
	deferArgs()
	func() {
		defer func() {
			fmt.Println("recover nil:", recover())
		}()
	}()
	defer fmt.Println("main deferred runs before exit? no")
	defer os.Exit(3)
	fmt.Println("end of main")
}
