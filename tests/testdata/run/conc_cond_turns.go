package main

import (
	"fmt"
	"strings"
	"sync"
)

// Three goroutines take strict turns, coordinated by one Cond and a turn
// counter: the output order is fixed.
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	turn := 0
	const players = 3
	const rounds = 4
	var out []string
	var wg sync.WaitGroup
	for p := range players {
		wg.Go(func() {
			for r := range rounds {
				mu.Lock()
				for turn%players != p {
					cond.Wait()
				}
				out = append(out, fmt.Sprintf("%c%d", 'A'+p, r))
				turn++
				cond.Broadcast()
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println(strings.Join(out, " "))
}
