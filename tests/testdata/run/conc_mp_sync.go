package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(4)
	// Once: exactly one call, everybody sees its effect
	var once sync.Once
	var calls int32
	var value int
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				atomic.AddInt32(&calls, 1)
				time.Sleep(time.Millisecond)
				value = 42
			})
			if value != 42 {
				panic("Once returned before f finished")
			}
		}()
	}
	wg.Wait()
	fmt.Println("once", calls, value)

	// Map: concurrent stores and loads
	var m sync.Map
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				m.Store(g*1000+i, i)
				if v, ok := m.Load(g*1000 + i); !ok || v.(int) != i {
					panic("lost a store")
				}
				m.LoadOrStore(i, g)
			}
		}(g)
	}
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("map entries", n)

	// Pool: values come back or are made anew, never shared by two users at once
	var made int32
	pool := sync.Pool{New: func() any { atomic.AddInt32(&made, 1); return new([64]int) }}
	var bad int32
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				b := pool.Get().(*[64]int)
				b[0] = g
				b[1] = i
				runtime.Gosched()
				if b[0] != g || b[1] != i {
					atomic.AddInt32(&bad, 1)
				}
				pool.Put(b)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("pool shared", bad, "made some", made > 0)

	// sleepers on several Ps wake in due order
	var mu sync.Mutex
	var woke []int
	for i := 5; i >= 1; i-- {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i) * 15 * time.Millisecond)
			mu.Lock()
			woke = append(woke, i)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("woke", woke, sort.IntsAreSorted(woke))

	// timers and AfterFunc from many goroutines
	var fired int32
	for i := 0; i < 100; i++ {
		wg.Add(1)
		time.AfterFunc(time.Duration(i%7)*time.Millisecond, func() {
			atomic.AddInt32(&fired, 1)
			wg.Done()
		})
	}
	wg.Wait()
	tm := time.NewTimer(5 * time.Millisecond)
	<-tm.C
	fmt.Println("fired", fired)
	fmt.Println("goroutines", runtime.NumGoroutine() >= 1)
}
