package main

import "fmt"

func main() {
	var x interface{} = 5
	fmt.Println(5 == x, x == 5)
	b := 5 == x
	fmt.Println(b, "a" == x, 5.0 == x, int8(5) == x)
	var y interface{} = "a"
	fmt.Println("a" == y, y == "a", "a" != y)
}
