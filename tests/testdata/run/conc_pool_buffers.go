package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var created atomic.Int32
	pool := sync.Pool{New: func() any {
		created.Add(1)
		return new(bytes.Buffer)
	}}
	var wg sync.WaitGroup
	out := make([]string, 40)
	for i := range 40 {
		wg.Go(func() {
			buf := pool.Get().(*bytes.Buffer)
			buf.Reset()
			fmt.Fprintf(buf, "item-%02d:", i)
			for j := 0; j < i%4; j++ {
				buf.WriteString("x")
			}
			out[i] = buf.String()
			pool.Put(buf)
		})
	}
	wg.Wait()
	sort.Strings(out)
	fmt.Println(out[0], out[1], out[2], out[3], out[39])
	n := created.Load()
	fmt.Println("created between 1 and 40:", n >= 1 && n <= 40)

	// Without New, Get on an empty pool returns nil.
	var empty sync.Pool
	fmt.Println("empty get:", empty.Get())

	// Get always returns something usable, whatever the pool kept.
	var p sync.Pool
	p.New = func() any { return "fresh" }
	p.Put("kept")
	v := p.Get().(string)
	fmt.Println("got kept or fresh:", v == "kept" || v == "fresh")
	fmt.Println("then:", p.Get() == "fresh" || v == "fresh")
}
