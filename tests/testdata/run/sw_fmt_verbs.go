package main

import "fmt"

type T struct {
	A int
	B string
	C []byte
	D map[string]int
	E *int
	F func()
	G interface{}
	H [2]bool
}

func main() {
	var nilm map[string]int
	var nils []int
	var nilp *T
	var nili interface{}
	fmt.Printf("%v %v %v %v %d %s\n", nilm, nils, nilp, nili, nils, nils)
	fmt.Printf("%+v\n", T{A: 1, B: "b", C: []byte("hi"), H: [2]bool{true}})
	fmt.Printf("%#v\n", T{A: 1, B: "b", C: []byte("hi"), D: map[string]int{"k": 1}})
	fmt.Printf("%d %x %X %o %O %b %#x %#o %+d % d\n", 42, 42, 42, 42, 42, 42, 42, 42, 42, 42)
	fmt.Printf("%x %X % x %#x %q %v\n", "hello", []byte("hi"), "ab", "ab", []string{"a", "b"}, [][]int{{1}, {2, 3}})
	fmt.Printf("%08.3f|%-8.2f|%+.1e|%10.4g|%-10s|%10q\n", 3.14159, 2.5, 12345.678, 0.000123456, "left", "q")
	fmt.Printf("%3c|%-3c|%U|%#U|%x\n", 'z', 'y', 0x1F600, 'é', 'é')
	fmt.Printf("%t|%5t|%v\n", false, true, []bool{true, false})
	fmt.Printf("%d %v %s\n", []int32{1, 2}, map[int]string{2: "b", 1: "a"}, []string{"x"})
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%v %v\n", int8(-5), uint64(1<<63))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%x %X\n", -255, uint8(255))
	fmt.Printf("%s %v\n", error(nil), struct{}{})
	fmt.Printf("%v %+v %#v\n", &struct{ X int }{1}, &[]int{1}, []interface{}{1, "a", nil})
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, "s", int64(3), map[string]bool{})
	fmt.Printf("%T %T %T %T %T\n", nil, 1, "s", []interface{}{}, func(int) string { return "" })
	type E struct{}
	fmt.Printf("%v %+v %#v\n", E{}, E{}, E{})
	fmt.Println(fmt.Sprintf("%05s|%.0f|%.3s|%q", "ab", 2.5, "日本語", "\x00\t"))
}
