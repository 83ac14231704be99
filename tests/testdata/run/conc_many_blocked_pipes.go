package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const pipes = 8
	const size = 300000
	var wg sync.WaitGroup
	var written, readBytes atomic.Int64
	sums := make([]int, pipes)
	readers := make([]*os.File, pipes)
	for p := 0; p < pipes; p++ {
		r, w, err := os.Pipe()
		if err != nil {
			panic(err)
		}
		readers[p] = r
		wg.Add(1)
		go func(p int) {
			// Every writer fills its pipe and blocks in write(2): eight threads
			// are stuck at once while main goes on.
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
	}
	for i := 1; i <= 3; i++ {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("main tick", i, "written so far:", written.Load())
	}
	for p := 0; p < pipes; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			data, err := io.ReadAll(readers[p])
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
