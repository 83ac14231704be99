package main

import "fmt"

func main() {
	var f func(int)
	fmt.Println("starting")
	go f(1)
	select {}
}
