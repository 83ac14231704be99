package main

import "fmt"

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	c <- "c"
	fmt.Println(<-c, len(c))
	c <- "d"
	for len(c) > 0 {
		fmt.Println(<-c)
	}
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
	u := make(chan int)
	fmt.Println(len(u), cap(u))
	// a full buffer blocks the sender until a receive frees a slot
	d := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for i := 0; i < 6; i++ {
			d <- i
		}
		close(d)
		done <- true
	}()
	for v := range d {
		fmt.Println("got", v)
	}
	<-done
	v, ok := <-d
	fmt.Println(v, ok)
}
