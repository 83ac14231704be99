package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
)

func main() {
	const pipes = 8
	const size = 300000
	var wg sync.WaitGroup
	var written, readBytes atomic.Int64
	sums := make([]int, pipes)
	for p := 0; p < pipes; p++ {
		r, w, err := os.Pipe()
		if err != nil {
			panic(err)
		}
		wg.Add(2)
		go func(p int) {
			// Every writer fills its pipe and blocks before any reader starts.
			defer wg.Done()
			buf := make([]byte, size)
			for i := range buf {
				buf[i] = byte(i*7 + p)
			}
			n, err := w.Write(buf)
			if err != nil {
				panic(err)
			}
			written.Add(int64(n))
			w.Close()
		}(p)
		go func(p int) {
			defer wg.Done()
			data, err := io.ReadAll(r)
			if err != nil {
				panic(err)
			}
			s := 0
			for _, b := range data {
				s += int(b)
			}
			sums[p] = s
			readBytes.Add(int64(len(data)))
		}(p)
	}
	wg.Wait()
	fmt.Println("written", written.Load(), "read", readBytes.Load())
	for p, s := range sums {
		fmt.Println("pipe", p, "sum", s)
	}
}
