package main

import "fmt"

type block struct {
	id   int
	data [200]int64
	tag  string
}

func mk(id int) block {
	var b block
	b.id = id
	for i := range b.data {
		b.data[i] = int64(id*1000 + i)
	}
	b.tag = fmt.Sprint("blk", id)
	return b
}

func ok(b block) bool {
	for i, v := range b.data {
		if v != int64(b.id*1000+i) {
			return false
		}
	}
	return b.tag == fmt.Sprint("blk", b.id)
}

func main() {
	// Unbuffered, buffered and select paths with a 1.6 KB element.
	un := make(chan block)
	bu := make(chan block, 4)
	go func() {
		for i := 0; i < 10; i++ {
			select {
			case un <- mk(i):
			case bu <- mk(100 + i):
			}
		}
		close(un)
		close(bu)
	}()
	good, n := true, 0
	for un != nil || bu != nil {
		select {
		case b, more := <-un:
			if !more {
				un = nil
				continue
			}
			good = good && ok(b)
			n++
		case b, more := <-bu:
			if !more {
				bu = nil
				continue
			}
			good = good && ok(b)
			n++
		}
	}
	fmt.Println("received", n, "intact", good)

	// Arrays as elements travel by value: changing the original later has no effect.
	arr := make(chan [3]string, 1)
	v := [3]string{"a", "b", "c"}
	arr <- v
	v[0] = "changed"
	fmt.Println(<-arr, v)

	// Zero-size elements.
	z := make(chan struct{}, 1000)
	for range 1000 {
		z <- struct{}{}
	}
	fmt.Println(len(z), cap(z))
	type empty [0]int
	e := make(chan empty)
	go func() { e <- empty{} }()
	fmt.Println(<-e)

	// Interface and function elements.
	anyc := make(chan any, 3)
	anyc <- 1
	anyc <- "two"
	anyc <- []int{3}
	close(anyc)
	for x := range anyc {
		fmt.Printf("%T %v\n", x, x)
	}
	fc := make(chan func(int) int, 2)
	base := 10
	fc <- func(x int) int { return x + base }
	fc <- func(x int) int { return x * base }
	fmt.Println((<-fc)(5), (<-fc)(5))
}
