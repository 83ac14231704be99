package main

import (
	"fmt"
	"sort"
	"time"
)

type result struct {
	id  int
	out string
}

// work takes ms milliseconds; the caller gives up on it after the limit.
func work(id int, ms int, limit time.Duration, out chan<- result) {
	done := make(chan string, 1)
	go func() {
		time.Sleep(time.Duration(ms) * time.Millisecond)
		done <- fmt.Sprintf("job %d done", id)
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case s := <-done:
		out <- result{id, s}
	case <-timer.C:
		out <- result{id, fmt.Sprintf("job %d timed out", id)}
	}
}

func main() {
	durations := []int{1, 400, 5, 500, 2, 450}
	out := make(chan result)
	for i, ms := range durations {
		go work(i, ms, 100*time.Millisecond, out)
	}
	var rs []result
	for range durations {
		rs = append(rs, <-out)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].id < rs[j].id })
	for _, r := range rs {
		fmt.Println(r.out)
	}

	// A heartbeat ticker next to a stream of work with a deadline.
	heartbeat := time.NewTicker(10 * time.Millisecond)
	defer heartbeat.Stop()
	jobs := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(30 * time.Millisecond)
			jobs <- i
		}
		close(jobs)
	}()
	beats := 0
	got := 0
	for jobs != nil {
		select {
		case _, ok := <-jobs:
			if !ok {
				jobs = nil
				continue
			}
			got++
		case <-heartbeat.C:
			beats++
		}
	}
	fmt.Println("jobs", got, "heartbeats seen", beats > 2)
}
