package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func generate(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
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

func square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
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

func worker(ctx context.Context, id int, wg *sync.WaitGroup, stopped []string) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			stopped[id] = fmt.Sprintf("worker %d: %v", id, context.Cause(ctx))
			return
		default:
			time.Sleep(time.Millisecond)
		}
	}
}

type reqIDKey struct{}

func handle(ctx context.Context) string {
	id, _ := ctx.Value(reqIDKey{}).(int)
	return fmt.Sprintf("request %d", id)
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sum := 0
	for v := range square(ctx, generate(ctx)) {
		sum += v
		if v >= 100 {
			break
		}
	}
	cancel()
	fmt.Println("sum", sum)

	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	var wg sync.WaitGroup
	stopped := make([]string, 4)
	for i := range 4 {
		wg.Add(1)
		go worker(ctx2, i, &wg, stopped)
	}
	wg.Wait()
	for _, s := range stopped {
		fmt.Println(s)
	}

	for i := range 3 {
		fmt.Println(handle(context.WithValue(context.Background(), reqIDKey{}, i+1)))
	}
}
