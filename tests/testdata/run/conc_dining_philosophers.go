package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 5
	const meals = 50
	forks := make([]sync.Mutex, n)
	eaten := make([]int, n)
	var wg sync.WaitGroup
	for p := range n {
		wg.Go(func() {
			left, right := p, (p+1)%n
			// Always take the lower-numbered fork first: no cycle, no deadlock.
			first, second := min(left, right), max(left, right)
			for range meals {
				forks[first].Lock()
				forks[second].Lock()
				eaten[p]++
				forks[second].Unlock()
				forks[first].Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println(eaten)

	// A waiter (semaphore of n-1 seats) is the other classic fix.
	seats := make(chan struct{}, n-1)
	for i := range eaten {
		eaten[i] = 0
	}
	for p := range n {
		wg.Go(func() {
			left, right := p, (p+1)%n
			for range meals {
				seats <- struct{}{}
				forks[left].Lock()
				forks[right].Lock()
				eaten[p]++
				forks[right].Unlock()
				forks[left].Unlock()
				<-seats
			}
		})
	}
	wg.Wait()
	fmt.Println(eaten)
}
