package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(4)
	a := make(chan int)
	b := make(chan int, 3)
	c := make(chan int)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	const senders = 6
	const each = 3000
	for s := 0; s < senders; s++ {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				select {
				case a <- 1:
				case b <- 2:
				case c <- 3:
				}
			}
		}(s)
	}
	var total, count int
	var mu sync.Mutex
	var rwg sync.WaitGroup
	for r := 0; r < 4; r++ {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			t, n := 0, 0
			for {
				select {
				case v := <-a:
					t += v
					n++
				case v := <-b:
					t += v
					n++
				case v := <-c:
					t += v
					n++
				case <-quit:
					mu.Lock()
					total += t
					count += n
					mu.Unlock()
					return
				}
			}
		}()
	}
	wg.Wait()
	// drain what is buffered before telling the receivers to stop
	for len(b) > 0 {
		runtime.Gosched()
	}
	close(quit)
	rwg.Wait()
	fmt.Println("received", count, "values")
	_ = total

	// select on both ends of the same channels from many goroutines
	x := make(chan int)
	y := make(chan int)
	var pwg sync.WaitGroup
	sent := make([]int, 8)
	got := make([]int, 8)
	for g := 0; g < 8; g++ {
		pwg.Add(1)
		go func(g int) {
			defer pwg.Done()
			for i := 0; i < 2000; i++ {
				select {
				case x <- g:
					sent[g]++
				case v := <-y:
					got[g] += v
				}
			}
		}(g)
	}
	for g := 0; g < 8; g++ {
		pwg.Add(1)
		go func(g int) {
			defer pwg.Done()
			for i := 0; i < 2000; i++ {
				select {
				case y <- 1:
				case <-x:
				}
			}
		}(g)
	}
	pwg.Wait()
	fmt.Println("done")
}
