// env: GOMAXPROCS=4

package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	var mu sync.Mutex
	counts := make(map[string]int)
	var wg sync.WaitGroup
	words := []string{"alpha", "beta", "gamma", "beta", "alpha", "beta"}
	for r := 0; r < 200; r++ {
		for _, w := range words {
			wg.Go(func() {
				mu.Lock()
				counts[w]++
				mu.Unlock()
			})
		}
	}
	wg.Wait()
	fmt.Println(counts["alpha"], counts["beta"], counts["gamma"])
	fmt.Println("set 2, previous:", runtime.GOMAXPROCS(2))
	fmt.Println("now:", runtime.GOMAXPROCS(0))
}
