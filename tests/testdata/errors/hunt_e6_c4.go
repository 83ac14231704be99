package main

import "fmt"

func main() {
	var ch chan int
	for i, v := range ch {
		fmt.Println(i, v)
	}
	var p *[]int
	for range p {
	}
	x := struct{ a int }{1}
	for range x {
	}
	fmt.Println(len(x))
}
