package main

// Lines read from standard input by one goroutine are processed by a pool of
// workers while a ticker-driven goroutine runs: reads go through the
// runtime's poller whenever other goroutines exist.

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

func main() {
	lines := make(chan string)
	results := make(chan string)
	go func() {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	stop := make(chan bool)
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
			case <-stop:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range lines {
				results <- strings.ToUpper(l) + fmt.Sprintf(" (%d)", len(l))
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []string
	for r := range results {
		all = append(all, r)
	}
	close(stop)
	sort.Strings(all)
	for _, r := range all {
		fmt.Println(r)
	}
}
