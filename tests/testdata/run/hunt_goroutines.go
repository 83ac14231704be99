package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Result struct {
	ID    int
	Value int
	Err   error
}

func worker(id int, jobs <-chan int, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		if j%7 == 0 {
			results <- Result{ID: j, Err: fmt.Errorf("job %d: divisible by 7", j)}
			continue
		}
		results <- Result{ID: j, Value: j * j}
	}
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan Result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 20; i++ {
		jobs <- i
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	sum := 0
	for _, r := range all {
		if r.Err != nil {
			fmt.Println("err:", r.Err)
			continue
		}
		sum += r.Value
	}
	fmt.Println("sum", sum, "n", len(all))

	c := SafeCounter{m: map[string]int{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			c.Inc([]string{"a", "b", "c"}[i%3])
		}()
	}
	wg2.Wait()
	fmt.Println(c.m["a"], c.m["b"], c.m["c"])

	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ticks <- i
		}
		close(done)
	}()
	for {
		select {
		case t := <-ticks:
			fmt.Println("tick", t)
			continue
		case <-done:
			fmt.Println("done")
		case <-time.After(5 * time.Second):
			fmt.Println("timeout")
		}
		break
	}
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	d := 1500 * time.Millisecond
	fmt.Println(d, d*2, time.Duration(0), 3*time.Microsecond+4*time.Nanosecond, 90*time.Minute)
	fmt.Printf("%v %d %s %.1f\n", d, d, time.Hour+time.Second, d.Seconds())
}
