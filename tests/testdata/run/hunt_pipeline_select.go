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
	id    int
	words int
	upper string
}

func stage1(texts []string) <-chan job {
	out := make(chan job)
	go func() {
		defer close(out)
		for i, t := range texts {
			out <- job{i, t}
		}
	}()
	return out
}

func stage2(in <-chan job, workers int) <-chan result {
	out := make(chan result, 4)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- result{j.id, len(strings.Fields(j.text)), strings.ToUpper(j.text)}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	texts := []string{"the quick brown fox", "jumps over", "the lazy dog", "", "go is fun to write"}
	var results []result
	for r := range stage2(stage1(texts), 3) {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].id < results[j].id })
	total := 0
	for _, r := range results {
		fmt.Printf("%d %2d %q\n", r.id, r.words, r.upper)
		total += r.words
	}
	fmt.Println("total", total)

	quit := make(chan struct{})
	data := make(chan int)
	var mu sync.Mutex
	seen := map[int]bool{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case v, ok := <-data:
				if !ok {
					return
				}
				mu.Lock()
				seen[v] = true
				mu.Unlock()
			case <-quit:
				return
			}
		}
	}()
	for i := 0; i < 10; i++ {
		data <- i * i
	}
	close(data)
	wg.Wait()
	close(quit)
	keys := make([]int, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)
	sem := make(chan struct{}, 2)
	var count, maxc int
	var wg2 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			count++
			if count > maxc {
				maxc = count
			}
			mu.Unlock()
			mu.Lock()
			count--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max concurrent <= 2:", maxc <= 2, len(sem))
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel blocks; default taken")
	}
}
