// fmt: %T and %v of named types, slices, arrays, nested []any, and %#v Go-syntax of basic values.
package main

import "fmt"

type Celsius int
type Name string
type Flag bool
type Bytes []byte
type Ints []int

func main() {
	var c Celsius = -40
	var n Name = "gopher"
	var f Flag = true
	fmt.Printf("%T %T %T %v %v %v %d %q %x %t\n", c, n, f, c, n, f, c, n, n, f)
	fmt.Printf("%T %T %T %T %T %T\n", 1, int8(1), uint16(2), "s", true, 'r')
	fmt.Printf("%T %T %T %T %T\n", []int{}, [3]string{}, []any{}, Bytes{}, Ints{})
	fmt.Printf("%v %d %x %X %o\n", []int{1, 2, 300}, []int{1, 2, 300}, []int{10, 255}, []uint8{10, 255}, [2]int{8, 9})
	fmt.Printf("%5d|%-4v|%03d\n", []int{1, 22}, []string{"a", "b"}, [3]int8{-1, 2, 3})
	fmt.Printf("%v %#v %v %#v\n", Ints{4, 5}, Ints{4, 5}, Bytes("hi"), Bytes("hi"))
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", 42, -7, uint8(200), "q\"s", true, 'x')
	fmt.Printf("%#v %#v %#v %#v\n", []string{"a", "b"}, [2]bool{true, false}, []any{1, "s", nil}, Name("x"))
	var nilInts []int
	var nilAny []any
	fmt.Printf("%v %#v %d %v %#v\n", nilInts, nilInts, nilInts, nilAny, nilAny)
	fmt.Printf("%v %v\n", [][]int{{1, 2}, {3}}, [2][]string{{"x"}, {}})
	fmt.Printf("%x %X % x %#x %s %q\n", []byte("Go!"), []byte("Go!"), []byte("Go!"), []byte("Go!"), []byte("Go!"), []byte("Go!"))
	fmt.Printf("%v %d %#v\n", []byte("Go!"), []byte("Go!"), []byte("Go!"))
	fmt.Printf("%s %x %v\n", [3]byte{'a', 'b', 'c'}, [3]byte{'a', 'b', 'c'}, [3]byte{'a', 'b', 'c'})
	fmt.Printf("%v|%6v|%-6v|%06v\n", true, false, true, true)
}
