package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	// Go 1.22+: each iteration has its own variable, so goroutines see distinct values.
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)

	got = got[:0]
	for _, v := range []int{10, 20, 30} {
		wg.Go(func() {
			mu.Lock()
			got = append(got, v)
			mu.Unlock()
		})
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)

	// A variable declared outside the loop is shared: every goroutine sees the final value
	// once the loop is over and they are released.
	release := make(chan struct{})
	shared := 0
	results := make(chan int, 3)
	for shared = 0; shared < 3; shared++ {
		go func() {
			<-release
			results <- shared
		}()
	}
	close(release)
	fmt.Println(<-results, <-results, <-results)

	// Modifying the per-iteration copy inside the body does not affect the loop.
	count := 0
	for i := 0; i < 6; i++ {
		wg.Go(func() {
			i *= 10
			mu.Lock()
			count += i
			mu.Unlock()
		})
		wg.Wait()
	}
	fmt.Println(count)
}
