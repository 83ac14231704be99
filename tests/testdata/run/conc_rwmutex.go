package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu   sync.RWMutex
	data map[int]int
}

func (s *store) get(k int) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *store) put(k, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	s := &store{data: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 10; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				s.put(w*100+i, i)
			}
		}(w)
	}
	hits := make(chan int, 20)
	for r := 0; r < 20; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for k := 0; k < 1000; k++ {
				if _, ok := s.get(k); ok {
					n++
				}
			}
			hits <- n
		}()
	}
	wg.Wait()
	close(hits)
	valid := true
	for h := range hits {
		if h < 0 || h > 1000 {
			valid = false
		}
	}
	fmt.Println(len(s.data), valid)
	sum := 0
	for k := 0; k < 1000; k++ {
		v, _ := s.get(k)
		sum += v
	}
	fmt.Println(sum)
	fmt.Println(s.mu.TryLock(), s.mu.TryRLock())
	s.mu.Unlock()
	fmt.Println(s.mu.TryRLock(), s.mu.TryLock())
	l := s.mu.RLocker()
	l.Lock()
	l.Unlock()
	s.mu.RUnlock()
	fmt.Println(s.mu.TryLock())
}
