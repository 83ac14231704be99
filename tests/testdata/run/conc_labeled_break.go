package main

import "fmt"

func main() {
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	close(c)
	sum := 0
outer:
	for v := range c {
		switch {
		case v == 6:
			break outer
		case v%2 == 0:
			continue outer
		}
		sum += v
	}
	fmt.Println("sum", sum, "left", len(c))
	d := make(chan int, 5)
	for i := 0; i < 5; i++ {
		d <- i * 10
	}
	n := 0
loop:
	for {
		select {
		case v := <-d:
			if v == 30 {
				break loop
			}
			if v == 10 {
				break
			}
			n += v
		}
		n++
	}
	fmt.Println("n", n, "left", len(d))
	var x int
	var ok bool
	e := make(chan int, 1)
	e <- 9
	select {
	case x, ok = <-e:
	}
	fmt.Println(x, ok)
	arr := make([]int, 2)
	e <- 4
	select {
	case arr[1] = <-e:
	}
	fmt.Println(arr)
}
