package main

import "fmt"

// Every value is handed over by a rendezvous: the sender continues only after
// the receiver has taken the value, so the log is the same under any scheduler.
func main() {
	c := make(chan int)
	ack := make(chan bool)
	go func() {
		for v := range c {
			fmt.Println("received", v)
			ack <- true
		}
		fmt.Println("receiver done")
		ack <- true
	}()
	for i := 0; i < 4; i++ {
		fmt.Println("sending", i)
		c <- i
		<-ack
	}
	close(c)
	<-ack
}
