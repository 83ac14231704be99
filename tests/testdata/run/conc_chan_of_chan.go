package main

import "fmt"

type request struct {
	a, b  int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.a * r.b
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 5; i++ {
		r := request{i, i + 1, make(chan int)}
		reqs <- r
		fmt.Println(i, "*", i+1, "=", <-r.reply)
	}
	close(reqs)
	chans := make(chan chan string, 3)
	for i := 0; i < 3; i++ {
		c := make(chan string, 1)
		c <- fmt.Sprint("msg", i)
		chans <- c
	}
	close(chans)
	for c := range chans {
		fmt.Println(<-c)
	}
}
