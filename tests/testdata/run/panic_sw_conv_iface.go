package main

import "fmt"

type I interface{ M() }

func main() {
	var x interface{} = 5
	fmt.Println("before")
	_ = x.(I)
}
