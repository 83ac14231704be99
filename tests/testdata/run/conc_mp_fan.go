package main

import (
	"fmt"
	"runtime"
	"sync"
)

// A pipeline: producers -> unbuffered jobs -> worker pool -> buffered results -> one collector.
func pipeline(producers, workers, perProducer, buf int) (int, int) {
	jobs := make(chan int)
	results := make(chan int, buf)
	var pwg, wwg sync.WaitGroup
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func(p int) {
			defer pwg.Done()
			for i := 0; i < perProducer; i++ {
				jobs <- p*perProducer + i
			}
		}(p)
	}
	for w := 0; w < workers; w++ {
		wwg.Add(1)
		go func() {
			defer wwg.Done()
			for j := range jobs {
				results <- j * j % 1000003
			}
		}()
	}
	go func() {
		pwg.Wait()
		close(jobs)
		wwg.Wait()
		close(results)
	}()
	sum, n := 0, 0
	for r := range results {
		sum += r
		n++
	}
	return n, sum
}

func main() {
	for _, procs := range []int{1, 2, 4} {
		runtime.GOMAXPROCS(procs)
		for _, buf := range []int{0, 1, 64} {
			n, sum := pipeline(4, 7, 5000, buf)
			fmt.Println(procs, buf, n, sum)
		}
	}
	// fan-in of many goroutines into one unbuffered channel
	runtime.GOMAXPROCS(4)
	c := make(chan int)
	for g := 0; g < 1000; g++ {
		go func(g int) {
			for i := 0; i < 20; i++ {
				c <- g
			}
		}(g)
	}
	counts := make([]int, 1000)
	for i := 0; i < 20000; i++ {
		counts[<-c]++
	}
	bad := 0
	for _, n := range counts {
		if n != 20 {
			bad++
		}
	}
	fmt.Println("fan-in bad counts:", bad)
}
