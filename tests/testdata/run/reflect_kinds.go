package main

import (
	"fmt"
	"reflect"
)

type MyInt int
type Celsius float64
type Names []string

func main() {
	values := []any{true, 1, int8(2), int16(3), int32(4), int64(5), uint(6), uint8(7), uint16(8),
		uint32(9), uint64(10), uintptr(11), float32(1.5), 2.5, "s", []int{1}, [2]int{}, map[string]int{},
		&struct{}{}, struct{ A int }{}, MyInt(3), Celsius(1), Names{"a"}, func() {}, make(chan int)}
	for _, v := range values {
		t := reflect.TypeOf(v)
		fmt.Printf("%-22s kind=%-10v name=%q size=%d\n", t.String(), t.Kind(), t.Name(), t.Size())
	}
	fmt.Println(reflect.TypeOf(nil) == nil)
	fmt.Println(reflect.Int.String(), reflect.Pointer.String(), reflect.UnsafePointer, reflect.Kind(99))
	fmt.Println(reflect.TypeOf(MyInt(0)).PkgPath(), reflect.TypeOf(0).PkgPath() == "", reflect.TypeOf([]MyInt{}).PkgPath() == "")
}
