package main

import (
	"fmt"
	"reflect"
)

func main() {
	v := reflect.MakeChan(reflect.TypeOf(make(chan string)), 0)
	fmt.Println("reflect receive with no sender")
	fmt.Println(v.Recv())
}
