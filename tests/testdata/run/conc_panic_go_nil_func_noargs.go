package main

import "fmt"

func main() {
	var f func()
	fmt.Println("starting")
	go f()
	select {}
}
