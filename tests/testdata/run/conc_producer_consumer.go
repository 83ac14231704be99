package main

import "fmt"

func produce(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i * i
	}
	close(out)
}

func consume(in <-chan int, result chan<- int) {
	sum := 0
	count := 0
	for v := range in {
		sum += v
		count++
	}
	fmt.Println("consumed", count, "values")
	result <- sum
}

func main() {
	for _, size := range []int{0, 1, 5} {
		ch := make(chan int, size)
		res := make(chan int)
		go produce(100, ch)
		go consume(ch, res)
		fmt.Println("buffer", size, "sum", <-res)
	}
}
