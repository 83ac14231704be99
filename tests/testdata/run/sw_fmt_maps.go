package main

import "fmt"

type K struct{ A int }
type V struct {
	S string
	P *int
}

func (v V) String() string { return "V(" + v.S + ")" }

func main() {
	var nm map[string]int
	m := map[string]int{"b": 2, "a": 1}
	fmt.Printf("%v|%+v|%#v|%d|%x|%#v\n", m, m, m, m, m, nm)
	mk := map[K][]string{{2}: {"x"}, {1}: nil}
	fmt.Printf("%v|%+v|%#v\n", mk, mk, mk)
	mv := map[int]V{1: {"one", nil}}
	fmt.Printf("%v|%+v|%s|%#v\n", mv, mv, mv, map[bool]interface{}{true: 1, false: "f"})
	fmt.Printf("%6d|%-4v|%q\n", map[int]int{1: 2}, map[string]bool{"t": true}, map[string]string{"k": "v"})
	fmt.Println(map[float64]string{2.5: "x", -1: "y"}, map[interface{}]int{"a": 1, 2: 2, 1.5: 3})
	fmt.Printf("%v\n", struct{ M map[string]int }{m})
	fmt.Printf("%+v %#v\n", struct{ M map[string]int }{m}, struct{ M map[string]int }{m})
}
