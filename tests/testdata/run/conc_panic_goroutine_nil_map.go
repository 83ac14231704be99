package main

import "fmt"

type registry struct{ byName map[string]int }

func main() {
	r := &registry{}
	res := make(chan int)
	go func() {
		r.byName["x"] = 1
		res <- 1
	}()
	fmt.Println(<-res)
}
