package main

import "fmt"

type S interface{ M() }

func main() {
	var x interface{} = 5
	var e error
	fmt.Println(x == 5, x != "a", 5 == x, x == nil, e == nil, x == 5.0, x == true)
	var s S
	fmt.Println(s == nil)
	var arr [2]interface{}
	arr[0] = 1
	fmt.Println(arr[0] == 1, arr[1] == nil)
	m := map[interface{}]int{1: 1}
	fmt.Println(m[1], x == int64(5))
}
