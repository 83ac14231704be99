package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		defer func() {
			fmt.Println("sender recovered:", recover())
			close(c)
		}()
		c <- 1
	}()
	close(c)
	select {}
}
