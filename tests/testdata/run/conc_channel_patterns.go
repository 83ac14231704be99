package main

import (
	"fmt"
	"sort"
	"sync"
)

// orDone wraps a channel read so that it also stops when done is closed.
func orDone[T any](done <-chan struct{}, c <-chan T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

// tee sends every value of in to both outputs.
func tee[T any](done <-chan struct{}, in <-chan T) (<-chan T, <-chan T) {
	o1, o2 := make(chan T), make(chan T)
	go func() {
		defer close(o1)
		defer close(o2)
		for v := range orDone(done, in) {
			a, b := o1, o2
			for range 2 {
				select {
				case a <- v:
					a = nil
				case b <- v:
					b = nil
				case <-done:
					return
				}
			}
		}
	}()
	return o1, o2
}

// bridge flattens a channel of channels.
func bridge[T any](done <-chan struct{}, chans <-chan (<-chan T)) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for c := range orDone(done, chans) {
			for v := range orDone(done, c) {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

// or returns a channel closed when any of the inputs is closed.
func or(chans ...<-chan struct{}) <-chan struct{} {
	switch len(chans) {
	case 0:
		return nil
	case 1:
		return chans[0]
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		mid := len(chans) / 2
		select {
		case <-or(chans[:mid]...):
		case <-or(chans[mid:]...):
		}
	}()
	return done
}

func gen(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for _, v := range vals {
			c <- v
		}
	}()
	return c
}

func main() {
	done := make(chan struct{})
	a, b := tee(done, gen(1, 2, 3, 4))
	var wg sync.WaitGroup
	var sa, sb []int
	wg.Go(func() {
		for v := range a {
			sa = append(sa, v)
		}
	})
	wg.Go(func() {
		for v := range b {
			sb = append(sb, v*10)
		}
	})
	wg.Wait()
	fmt.Println(sa, sb)

	chans := make(chan (<-chan int))
	go func() {
		defer close(chans)
		for i := range 4 {
			chans <- gen(i*10, i*10+1)
		}
	}()
	var flat []int
	for v := range bridge(done, chans) {
		flat = append(flat, v)
	}
	fmt.Println(flat)

	// or-channel over many signals; the third one fires.
	sigs := make([]chan struct{}, 9)
	ro := make([]<-chan struct{}, 9)
	for i := range sigs {
		sigs[i] = make(chan struct{})
		ro[i] = sigs[i]
	}
	any := or(ro...)
	close(sigs[2])
	<-any
	fmt.Println("or fired")

	// orDone stops an endless source.
	endless := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case endless <- i:
			case <-done:
				return
			}
		}
	}()
	var got []int
	for v := range orDone(done, endless) {
		got = append(got, v)
		if len(got) == 5 {
			close(done)
			break
		}
	}
	sort.Ints(got)
	fmt.Println(got)
}
