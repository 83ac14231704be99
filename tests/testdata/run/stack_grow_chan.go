package main

import "fmt"

// Channel operations and select after a goroutine's stack has grown (and while it is
// deep): values received into and sent from stack variables of moved frames.

type msg struct {
	id   int
	text string
	ptr  *int
}

func deepRecv(n int, c chan msg, reply chan int) int {
	if n == 0 {
		var m msg
		m = <-c
		v := *m.ptr + m.id + len(m.text)
		var r int
		select {
		case reply <- v:
			r = 1
		}
		return r
	}
	var pad [12]int
	pad[n%12] = n
	return deepRecv(n-1, c, reply) + pad[n%12] - n
}

func main() {
	c := make(chan msg)
	reply := make(chan int)
	fin := make(chan int)
	for g := 0; g < 8; g++ {
		go func(g int) {
			fin <- deepRecv(5000*(g+1), c, reply)
		}(g)
	}
	total := 0
	x := 100
	for g := 0; g < 8; g++ {
		c <- msg{g, "hello", &x}
		total += <-reply
	}
	for g := 0; g < 8; g++ {
		total += <-fin
	}
	fmt.Println(total)

	// a ping-pong between two goroutines whose stacks keep growing
	ping, pong := make(chan *int), make(chan *int)
	go func() {
		for i := 0; i < 20; i++ {
			p := <-ping
			*p += deepCount(i * 1000)
			pong <- p
		}
	}()
	v := 0
	fin2 := make(chan bool)
	go func() {
		for i := 0; i < 20; i++ {
			ping <- &v
			<-pong
		}
		fin2 <- true
	}()
	<-fin2
	fmt.Println(v)
}

func deepCount(n int) int {
	if n == 0 {
		return 1
	}
	return deepCount(n-1) + 1
}
