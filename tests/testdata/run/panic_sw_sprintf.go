package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs")
	panic(fmt.Sprintf("bad value %d", 42))
}
