package main

import "fmt"

// A token passed around a ring of goroutines: each prints when it holds the
// token, so the output order is fixed.
func main() {
	const n = 5
	ring := make([]chan int, n)
	for i := range ring {
		ring[i] = make(chan int)
	}
	done := make(chan int)
	for i := range n {
		go func() {
			for {
				tok, ok := <-ring[i]
				if !ok {
					return
				}
				fmt.Printf("node %d has token %d\n", i, tok)
				if tok == 12 {
					done <- tok
					continue
				}
				ring[(i+1)%n] <- tok + 1
			}
		}()
	}
	ring[0] <- 0
	fmt.Println("finished with", <-done)
	for _, c := range ring {
		close(c)
	}
}
