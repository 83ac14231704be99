package main

import (
	"fmt"
	"reflect"
)

type MyInt int
type Bytes []byte

func main() {
	v := reflect.ValueOf(42)
	fmt.Println(v.Convert(reflect.TypeOf(int8(0))).Interface(), v.Convert(reflect.TypeOf(0.0)).Interface())
	fmt.Println(v.Convert(reflect.TypeOf(MyInt(0))).Interface(), v.Convert(reflect.TypeOf(MyInt(0))).Type())
	fmt.Println(reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)).Int(), reflect.ValueOf(-1).Convert(reflect.TypeOf(uint8(0))).Uint())
	fmt.Println(reflect.ValueOf("hi").Convert(reflect.TypeOf(Bytes{})).Interface(), reflect.ValueOf([]byte("yo")).Convert(reflect.TypeOf("")).Interface())
	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).Interface())
	t := reflect.TypeOf(0)
	fmt.Println(t.ConvertibleTo(reflect.TypeOf(0.0)), t.ConvertibleTo(reflect.TypeOf("")), t.ConvertibleTo(reflect.TypeOf([]int{})))
	fmt.Println(t.Comparable(), reflect.TypeOf([]int{}).Comparable(), reflect.TypeOf(struct{ a []int }{}).Comparable(), reflect.TypeOf([2]string{}).Comparable())
	fmt.Println(t.Bits(), reflect.TypeOf(float32(0)).Bits(), reflect.TypeOf(uint16(0)).Bits())
	i8 := reflect.New(reflect.TypeOf(int8(0))).Elem()
	fmt.Println(i8.OverflowInt(127), i8.OverflowInt(128), i8.OverflowInt(-129))
	u8 := reflect.New(reflect.TypeOf(uint8(0))).Elem()
	fmt.Println(u8.OverflowUint(255), u8.OverflowUint(256))
	fmt.Println(reflect.ValueOf(1).Equal(reflect.ValueOf(1)), reflect.ValueOf("a").Equal(reflect.ValueOf("b")), reflect.ValueOf(1).Comparable())
	fmt.Println(reflect.ValueOf(1).CanInt(), reflect.ValueOf(uint(1)).CanUint(), reflect.ValueOf(1.0).CanFloat(), reflect.ValueOf("").CanInt())
}
