package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 1; i <= 6; i++ {
			c <- i
		}
		close(c)
	}()
	// break inside select only leaves the select; the labelled break leaves the loop.
	var got []int
loop:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break loop
			}
			if v%2 == 0 {
				break // leaves the select only
			}
			got = append(got, v)
		}
	}
	fmt.Println(got)

	// continue with a label from inside a select inside a nested loop.
	d := make(chan int, 10)
	for i := range 10 {
		d <- i
	}
	close(d)
	count := 0
outer:
	for round := 0; round < 3; round++ {
		for {
			select {
			case v, ok := <-d:
				if !ok {
					continue outer
				}
				if v == 4 {
					continue outer
				}
				count++
			}
		}
	}
	fmt.Println("count", count)

	// goto out of a select.
	e := make(chan string, 1)
	e <- "jump"
	select {
	case s := <-e:
		fmt.Println("got", s)
		goto done
	default:
		fmt.Println("nothing")
	}
	fmt.Println("skipped")
done:
	fmt.Println("done")

	// A switch inside a select: break leaves the switch.
	f := make(chan int, 1)
	f <- 2
	select {
	case v := <-f:
		switch v {
		case 2:
			fmt.Println("two")
			break
		}
		fmt.Println("after switch")
	}
}
