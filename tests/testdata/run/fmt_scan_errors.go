package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

func main() {
	var a, b int
	var u8 uint8
	var i8 int8
	var s string
	var bl bool
	try := func(label string, n int, err error) {
		fmt.Printf("%-12s n=%d err=%v\n", label, n, err)
	}
	n, err := fmt.Sscan("", &a)
	try("empty", n, err)
	fmt.Println(err == io.EOF)
	n, err = fmt.Sscan("5", &a, &b)
	try("short", n, err)
	n, err = fmt.Sscan("abc", &a)
	try("not int", n, err)
	n, err = fmt.Sscan("-5", &u8)
	try("neg uint", n, err)
	n, err = fmt.Sscan("300", &u8)
	try("uint8 big", n, err)
	n, err = fmt.Sscan("-129", &i8)
	try("int8 small", n, err)
	n, err = fmt.Sscan("99999999999999999999", &a)
	try("int64 big", n, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne != nil && ne.Func == "ParseInt")
	n, err = fmt.Sscan("tru", &bl)
	try("bad bool", n, err)
	n, err = fmt.Sscan("yes", &bl)
	try("yes bool", n, err)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	try("ln newline", n, err)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	try("ln extra", n, err)
	n, err = fmt.Sscanln("", &a)
	try("ln empty", n, err)
	n, err = fmt.Sscanf("7", "%d %d", &a, &b)
	try("f short", n, err)
	n, err = fmt.Sscanf("7 8", "%d", &a, &b)
	try("f many", n, err)
	n, err = fmt.Sscanf("7", "%d %d", &a)
	try("f few", n, err)
	n, err = fmt.Sscanf("x=1", "y=%d", &a)
	try("f mismatch", n, err)
	n, err = fmt.Sscanf("12", "%s %d", &s, &a)
	try("f eof", n, err)
	n, err = fmt.Sscanf("5", "%q", &s)
	try("f q", n, err)
	n, err = fmt.Sscanf("5", "%t", &a)
	try("f bad verb", n, err)
	n, err = fmt.Sscanf("5", "%d%", &a)
	try("f trailing %", n, err)
	n, err = fmt.Sscan("5", a)
	try("not ptr", n, err)
	var f func()
	n, err = fmt.Sscan("5", &f)
	try("func ptr", n, err)
	n, err = fmt.Sscanf("zz", "%x", &s)
	try("hex none", n, err)
	n, err = fmt.Sscanf("abc", "%x", &s)
	try("hex odd", n, err)
	n, err = fmt.Sscanf(`"unterminated`, "%q", &s)
	try("q open", n, err)
}
