package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch, ch)
	v, ok, z := <-ch
	var send chan<- int = ch
	x := <-send
	for a, b := range ch {
	}
	select {
	case v := <-ch, true:
	}
	fmt.Println(v, ok, z, x)
}
