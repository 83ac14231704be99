package main

import "fmt"

func spin(c chan int) {
	for i := 0; ; i++ {
		c <- i
	}
}

func main() {
	c := make(chan int)
	go spin(c)
	go func() {
		select {}
	}()
	fmt.Println(<-c, <-c, <-c)
	fmt.Println("main returns while goroutines still run")
}
