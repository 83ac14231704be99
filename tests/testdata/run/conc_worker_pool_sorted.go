package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type job struct {
	id   int
	text string
}

type result struct {
	id     int
	words  int
	upper  string
	worker int
}

func main() {
	texts := []string{
		"the quick brown fox", "jumps over", "the lazy dog", "a", "",
		"go routines are cheap", "channels connect them", "select waits on many",
		"mutexes protect state", "wait groups wait",
	}
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	const workers = 4
	for w := range workers {
		wg.Go(func() {
			for j := range jobs {
				results <- result{j.id, len(strings.Fields(j.text)), strings.ToUpper(j.text), w}
			}
		})
	}
	go func() {
		for i, t := range texts {
			jobs <- job{i, t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	perWorker := make(map[int]int)
	for r := range results {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	total := 0
	for _, r := range all {
		fmt.Printf("%d %d %q\n", r.id, r.words, r.upper)
		total += r.words
	}
	n := 0
	for _, c := range perWorker {
		n += c
	}
	fmt.Println("total words:", total, "jobs done:", n, "workers used <= 4:", len(perWorker) <= workers)
}
