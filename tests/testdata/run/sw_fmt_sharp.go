package main

import "fmt"

type Node struct {
	V    int
	Next *Node
	Tags []string
	Meta map[string]any
}

type Wrapper struct {
	N  *Node
	NN **Node
	I  interface{}
	E  error
	F  func()
	Ar [2]*int
}

func main() {
	n := &Node{V: 1, Tags: []string{"a"}}
	fmt.Printf("%v\n%+v\n%#v\n", n, n, n)
	fmt.Printf("%#v\n", Node{})
	fmt.Printf("%v %+v\n", Wrapper{}, Wrapper{})
	fmt.Printf("%#v\n", Wrapper{})
	fmt.Printf("%#v %#v %#v\n", []*Node{nil}, map[string]*Node{"x": nil}, [1]interface{}{nil})
	fmt.Printf("%#v %#v %#v %#v\n", int8(-1), uint16(7), uintptr(9), float32(2.5))
	fmt.Printf("%#v %#v %#v\n", 'x', "q\"", []byte{1})
	fmt.Printf("%#v\n", struct {
		a int
		B string
	}{1, "b"})
	type T struct{ X *int }
	fmt.Printf("%+v %#v\n", T{}, &T{})
	fmt.Printf("%v %+v\n", &[]int{1}, &map[string]int{"a": 1})
}
