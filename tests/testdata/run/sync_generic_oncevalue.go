package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type config struct {
	name  string
	limit int
}

func main() {
	loads := 0
	load := sync.OnceValue(func() *config {
		loads++
		return &config{"prod", 10}
	})
	var wg sync.WaitGroup
	results := make([]*config, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = load()
		}()
	}
	wg.Wait()
	same := true
	for _, r := range results {
		same = same && r == results[0]
	}
	fmt.Println(loads, same, *results[0])

	parse := sync.OnceValues(func() (int, error) {
		loads++
		return strconv.Atoi("12x")
	})
	for i := 0; i < 3; i++ {
		n, err := parse()
		fmt.Println(n, err)
	}
	fmt.Println("loads", loads)

	ok := sync.OnceValues(func() (string, []int) { return "s", []int{1, 2} })
	s, xs := ok()
	fmt.Println(s, xs)

	// A panic is remembered and repeated, and f is not called again.
	calls := 0
	bad := sync.OnceValue(func() int {
		calls++
		panic(errors.New("boom"))
	})
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			bad()
		}()
	}
	fmt.Println("calls", calls)
	bad2 := sync.OnceValues(func() (int, int) {
		calls++
		panic("two")
	})
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			bad2()
		}()
	}
	fmt.Println("calls", calls)

	// OnceFunc alongside.
	hello := sync.OnceFunc(func() { fmt.Println("hello once") })
	hello()
	hello()
}
