package main

import (
	"fmt"
	"sync"
)

type Log struct {
	mu    sync.Mutex
	lines []string
}

func (l *Log) Add[T any](x T) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprint(x))
}

func (l *Log) AddDone[T any](x T, wg *sync.WaitGroup) {
	defer wg.Done()
	l.Add(x)
}

func (l *Log) Show[T any](prefix T) {
	fmt.Println(prefix, l.lines)
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K, V]) With[W any](w W) Pair[K, W] { return Pair[K, W]{p.k, w} }

func (p *Pair[K, V]) Swap[X ~int](x X) X {
	defer func() { p.v = *new(V) }()
	return x * 2
}

func run() (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	var l *Log
	l.Add(1)
	return 0
}

func main() {
	var l Log
	defer l.Show("deferred:")
	defer l.Show[int](42)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		l.Add[string]("from goroutine")
	}()
	wg.Wait()
	wg.Add(1)
	go l.AddDone(3.5, &wg)
	wg.Wait()
	p := Pair[string, int]{"a", 1}
	q := p.With([]byte("xy")).With(true)
	fmt.Printf("%T %v\n", q, q)
	fmt.Println(p.Swap(21), p)
	fmt.Println(run())
	for i := range 3 {
		defer l.Add(i)
	}
}
