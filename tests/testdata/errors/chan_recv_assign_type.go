package main

func main() {
	c := make(chan int)
	var s string = <-c
	_ = s
}
