package main

import "fmt"

func f() (int, error) { return 0, nil }

func main() {
	x := 5
	x++
	x := 6
	for i := range 10 {
		i = "a"
	}
	var ch chan<- int
	<-ch
	v := <-ch
	var rc <-chan int
	rc <- 1
	close(rc)
	if x {
	}
	for x {
	}
	f()
	fmt.Println
	x == 2
	go fmt.Println
	defer recover
	var m map[string]int
	m.foo = 1
	&x
	select {
	case x > 1:
	}
	_ = v
}
