package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	squares := make([]int, 10)
	for i := range 10 {
		wg.Go(func() {
			mu.Lock()
			squares[i] = i * i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(squares)
	wg.Wait() // a zero counter does not block
	var outer sync.WaitGroup
	total := 0
	for i := 0; i < 5; i++ {
		outer.Add(1)
		go func() {
			defer outer.Done()
			var inner sync.WaitGroup
			part := 0
			var pm sync.Mutex
			for j := 0; j < 4; j++ {
				inner.Go(func() {
					pm.Lock()
					part += j
					pm.Unlock()
				})
			}
			inner.Wait()
			mu.Lock()
			total += part
			mu.Unlock()
		}()
	}
	outer.Wait()
	fmt.Println(total)
	defer func() { fmt.Println(recover()) }()
	wg.Done()
}
