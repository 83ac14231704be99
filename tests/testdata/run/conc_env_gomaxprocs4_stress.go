// env: GOMAXPROCS=4

package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Contention on every primitive at once: the totals must come out exact
// whatever the interleaving (a race net for parallel schedulers).
func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	var (
		mu      sync.Mutex
		rw      sync.RWMutex
		wg      sync.WaitGroup
		counter int
		table   = make(map[int]int)
		atom    atomic.Int64
		reads   atomic.Int64
	)
	work := make(chan int, 16)
	results := make(chan int, 16)
	// Producers.
	for p := range 4 {
		wg.Go(func() {
			for i := range 500 {
				work <- p*500 + i
			}
		})
	}
	// Workers: mutex, rwmutex, atomics and a channel each.
	var workers sync.WaitGroup
	for range 8 {
		workers.Go(func() {
			for v := range work {
				mu.Lock()
				counter += v
				mu.Unlock()
				rw.Lock()
				table[v%97]++
				rw.Unlock()
				rw.RLock()
				_ = table[v%13]
				rw.RUnlock()
				reads.Add(1)
				atom.Add(int64(v))
				select {
				case results <- v:
				case <-time.After(time.Minute):
					panic("results stuck")
				}
			}
		})
	}
	// Consumer.
	sum := 0
	consumed := make(chan bool)
	go func() {
		for v := range results {
			sum += v
		}
		consumed <- true
	}()
	wg.Wait()
	close(work)
	workers.Wait()
	close(results)
	<-consumed
	entries := 0
	for _, n := range table {
		entries += n
	}
	want := 2000 * 1999 / 2
	fmt.Println(counter == want, atom.Load() == int64(want), sum == want, entries, reads.Load())

	// Ping-pong between many pairs of goroutines over unbuffered channels.
	var pairs sync.WaitGroup
	var hops atomic.Int64
	for range 16 {
		a, b := make(chan int), make(chan int)
		pairs.Go(func() {
			for i := 0; i < 200; i++ {
				a <- i
				<-b
				hops.Add(1)
			}
			close(a)
		})
		pairs.Go(func() {
			for v := range a {
				b <- v
			}
		})
	}
	pairs.Wait()
	fmt.Println("hops:", hops.Load())

	// Cond broadcast rounds.
	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	round, arrived := 0, 0
	var cw sync.WaitGroup
	for range 6 {
		cw.Go(func() {
			for r := 0; r < 50; r++ {
				cmu.Lock()
				arrived++
				if arrived == 6 {
					arrived = 0
					round++
					cond.Broadcast()
				} else {
					for my := round; my == round; {
						cond.Wait()
					}
				}
				cmu.Unlock()
			}
		})
	}
	cw.Wait()
	fmt.Println("rounds:", round)
}
