package main

import (
	"fmt"
	"sort"
)

func producer[T any](vals ...T) <-chan T {
	c := make(chan T, len(vals))
	for _, v := range vals {
		c <- v
	}
	close(c)
	return c
}

func boom() int { panic("operand panicked") }

func main() {
	// Channels are comparable and usable as map keys.
	a, b := make(chan int), make(chan int)
	var ra <-chan int = a
	var sa chan<- int = a
	fmt.Println(a == a, a == b, ra == a, sa == a)
	names := map[chan int]string{a: "a", b: "b"}
	fmt.Println(names[a], names[b], len(names))
	var nilc chan int
	fmt.Println(nilc == nil, len(nilc), cap(nilc))
	fmt.Printf("%T %T %T\n", ra, sa, make(chan (<-chan []string)))

	// Generic producers.
	var words []string
	for w := range producer("b", "a", "c") {
		words = append(words, w)
	}
	sort.Strings(words)
	fmt.Println(words)
	sum := 0.0
	for f := range producer(1.5, 2.25) {
		sum += f
	}
	fmt.Println(sum)

	// A panic while evaluating select operands happens before any case is chosen.
	ready := make(chan int, 1)
	func() {
		defer func() { fmt.Println("recovered:", recover(), "ready still has", len(ready)) }()
		select {
		case ready <- boom():
		default:
		}
	}()

	// A goroutine captures the channel variable, not its value at go time.
	c := make(chan string, 1)
	done := make(chan bool)
	go func() {
		<-done
		c <- "sent on the channel assigned later"
	}()
	old := c
	c = make(chan string, 1)
	done <- true
	fmt.Println(<-c, len(old))

	// select and channel operations inside deferred calls during a panic.
	out := make(chan string, 2)
	func() {
		defer func() {
			r := recover()
			select {
			case out <- fmt.Sprint("deferred saw ", r):
			default:
			}
		}()
		defer func() { out <- "first deferred" }()
		panic("trouble")
	}()
	fmt.Println(<-out, "|", <-out)

	// Zero-size element channels.
	sig := make(chan struct{}, 3)
	sig <- struct{}{}
	fmt.Println(len(sig), cap(sig))

	// Receiving the zero value of a struct from a closed channel.
	type pair struct {
		k string
		v []int
	}
	pc := make(chan pair, 1)
	pc <- pair{"x", []int{1}}
	close(pc)
	p1, ok1 := <-pc
	p2, ok2 := <-pc
	fmt.Println(p1, ok1, p2.k == "" && p2.v == nil, ok2)
}
