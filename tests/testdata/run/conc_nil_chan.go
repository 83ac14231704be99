package main

import "fmt"

func main() {
	var never chan int
	data := make(chan int, 3)
	data <- 1
	data <- 2
	data <- 3
	close(data)
	got := 0
	for i := 0; i < 4; i++ {
		select {
		case v := <-never:
			fmt.Println("impossible", v)
		case never <- 1:
			fmt.Println("impossible send")
		case v, ok := <-data:
			fmt.Println(v, ok)
			got += v
		}
	}
	fmt.Println("got", got)
}
