package main

import "fmt"

func main() {
	n := 5
	for i, v, w := range []int{1} {
	}
	for i := range n {
		i = "x"
	}
	for k, v := range 10 {
		fmt.Println(k, v)
	}
	var f func(func(int) bool)
	for a, b := range f {
		fmt.Println(a, b)
	}
	fmt.Println(n)
}
