package main

import (
	"fmt"
	"sort"
	"sync"
)

func dump(m *sync.Map) {
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
}

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	fresh := 0
	for w := range 8 {
		wg.Go(func() {
			for k := range 20 {
				_, loaded := m.LoadOrStore(k, k*10)
				if !loaded {
					mu.Lock()
					fresh++
					mu.Unlock()
				}
				_ = w
			}
		})
	}
	wg.Wait()
	fmt.Println("fresh stores:", fresh)
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("entries:", n)

	var s sync.Map
	s.Store("a", 1)
	s.Store("b", 2)
	prev, loaded := s.Swap("a", 10)
	fmt.Println("swap:", prev, loaded)
	prev, loaded = s.Swap("c", 3)
	fmt.Println("swap new:", prev, loaded)
	fmt.Println("cas wrong:", s.CompareAndSwap("b", 99, 20))
	fmt.Println("cas right:", s.CompareAndSwap("b", 2, 20))
	fmt.Println("cad wrong:", s.CompareAndDelete("c", 4))
	fmt.Println("cad right:", s.CompareAndDelete("c", 3))
	v, ok := s.LoadAndDelete("a")
	fmt.Println("load and delete:", v, ok)
	v, ok = s.LoadAndDelete("a")
	fmt.Println("again:", v, ok)
	s.Delete("zzz")
	dump(&s)

	// Range stopping early visits exactly one entry.
	count := 0
	m.Range(func(k, v any) bool { count++; return false })
	fmt.Println("early stop visited:", count)

	// Deleting during Range is allowed.
	m.Range(func(k, v any) bool {
		if k.(int)%2 == 1 {
			m.Delete(k)
		}
		return true
	})
	n = 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("after deleting odd:", n)
	m.Clear()
	n = 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("after clear:", n)
}
