package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i%10, i%10*i%10)
			m.LoadOrStore(fmt.Sprint("k", i%5), i%5)
		}(i)
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	v, ok := m.Load(3)
	fmt.Println(v, ok)
	v, ok = m.Load("missing")
	fmt.Println(v, ok)
	prev, loaded := m.Swap(3, "three")
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap(3, "three", 33), m.CompareAndSwap(3, "three", 34))
	v, _ = m.Load(3)
	fmt.Println(v)
	v, loaded = m.LoadAndDelete(3)
	fmt.Println(v, loaded, m.CompareAndDelete(4, 99), m.CompareAndDelete(4, 16))
	m.Delete("k1")
	n := 0
	m.Range(func(k, v any) bool { n++; return n < 3 })
	fmt.Println(n)
	m.Clear()
	_, ok = m.Load(0)
	fmt.Println(ok)

	made := 0
	p := sync.Pool{New: func() any { made++; return new([64]byte) }}
	a := p.Get().(*[64]byte)
	a[0] = 7
	p.Put(a)
	b := p.Get().(*[64]byte)
	fmt.Println(made >= 1, b != nil)
	var empty sync.Pool
	fmt.Println(empty.Get())
}
