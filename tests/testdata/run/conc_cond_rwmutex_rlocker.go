package main

import (
	"fmt"
	"sync"
)

// Several readers wait on a condition guarded by the read side of an RWMutex;
// the writer changes state under the write lock and broadcasts.
func main() {
	var rw sync.RWMutex
	cond := sync.NewCond(rw.RLocker())
	version := 0
	var wg sync.WaitGroup
	var ready sync.WaitGroup
	seen := make([]int, 5)
	for r := range 5 {
		ready.Add(1)
		wg.Go(func() {
			rw.RLock()
			ready.Done()
			for version < 3 {
				cond.Wait()
			}
			seen[r] = version
			rw.RUnlock()
		})
	}
	ready.Wait()
	for i := 0; i < 3; i++ {
		rw.Lock()
		version++
		rw.Unlock()
		cond.Broadcast()
	}
	wg.Wait()
	fmt.Println(seen)
}
