package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	var wg sync.WaitGroup
	active, peak, done := 0, 0, 0
	step := make(chan bool)
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			step <- true
			mu.Lock()
			active--
			done++
			mu.Unlock()
			<-sem
		}()
	}
	for i := 0; i < 12; i++ {
		<-step
	}
	wg.Wait()
	fmt.Println(done, peak <= 3, peak >= 1, len(sem))
}
