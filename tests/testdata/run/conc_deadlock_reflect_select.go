package main

import (
	"fmt"
	"reflect"
)

func main() {
	c := make(chan int)
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)},
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c), Send: reflect.ValueOf(1)},
	}
	fmt.Println("reflect.Select that can never proceed")
	reflect.Select(cases)
}
