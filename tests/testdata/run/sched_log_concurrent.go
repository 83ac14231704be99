package main

// Four goroutines log to one bytes.Buffer through one Logger: with
// preemption, lines must still never interleave (the Logger serialises).

import (
	"bytes"
	"fmt"
	"log"
	"strings"
	"sync"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "", 0)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				l.Printf("g%d line %d %s", g, i, strings.Repeat("x", i%50))
			}
		}()
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	bad := 0
	for _, ln := range lines {
		var g, i int
		var xs string
		n, _ := fmt.Sscanf(ln, "g%d line %d %s", &g, &i, &xs)
		if (n < 2) || len(xs) != i%50 {
			bad++
		}
	}
	fmt.Println(len(lines), bad)
}
