package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type kv struct {
	key string
	n   int
}

const text = `it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief it was the epoch of incredulity
it was the season of light it was the season of darkness it was the spring of hope
it was the winter of despair we had everything before us we had nothing before us`

// hash is 32-bit FNV-1a.
func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	lines := strings.Split(text, "\n")
	const reducers = 3
	shuffle := make([]chan kv, reducers)
	for i := range shuffle {
		shuffle[i] = make(chan kv, 16)
	}
	// Map: one goroutine per line emits (word, 1) to the reducer owning the word.
	var mappers sync.WaitGroup
	for _, line := range lines {
		mappers.Go(func() {
			for _, w := range strings.Fields(line) {
				shuffle[hash(w)%reducers] <- kv{w, 1}
			}
		})
	}
	go func() {
		mappers.Wait()
		for _, c := range shuffle {
			close(c)
		}
	}()
	// Reduce: each reducer sums its own keys.
	results := make(chan map[string]int, reducers)
	for i := range reducers {
		go func() {
			m := make(map[string]int)
			for p := range shuffle[i] {
				m[p.key] += p.n
			}
			results <- m
		}()
	}
	var all []kv
	owners := make(map[string]int)
	for range reducers {
		for k, v := range <-results {
			all = append(all, kv{k, v})
			owners[k]++
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].key < all[j].key
	})
	for _, e := range all[:8] {
		fmt.Printf("%-8s %d\n", e.key, e.n)
	}
	dup := 0
	for _, c := range owners {
		if c > 1 {
			dup++
		}
	}
	fmt.Println("distinct words:", len(all), "keys owned twice:", dup)
}
