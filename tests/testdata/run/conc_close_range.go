package main

import "fmt"

type pair struct {
	k string
	v float64
}

func main() {
	c := make(chan pair, 4)
	c <- pair{"x", 1.5}
	c <- pair{"y", 2.25}
	close(c)
	for p := range c {
		fmt.Println(p.k, p.v)
	}
	p, ok := <-c
	fmt.Printf("%q %v %v\n", p.k, p.v, ok)
	// receivers blocked on a channel are all released by close
	u := make(chan int)
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			v, ok := <-u
			if !ok {
				done <- v + 1
			}
		}()
	}
	close(u)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-done
	}
	fmt.Println("released", sum)
	var any interface{} = <-u
	fmt.Println(any)
}
