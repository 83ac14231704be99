package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
)

func gen(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, wg *sync.WaitGroup, in <-chan int) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func filter(ctx context.Context, wg *sync.WaitGroup, in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for v := range in {
			if !keep(v) {
				continue
			}
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	odd := func(v int) bool { return v%2 == 1 }
	out := filter(ctx, &wg, square(ctx, &wg, gen(ctx, &wg)), odd)
	sum := 0
	for v := range out {
		fmt.Println(v)
		sum += v
		if sum > 500 {
			break
		}
	}
	cancel()
	wg.Wait()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("sum", sum, "goroutines", runtime.NumGoroutine())
	fmt.Println("err:", ctx.Err())
}
