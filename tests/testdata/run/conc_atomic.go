package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	max    atomic.Uint64
	on     atomic.Bool
	name   atomic.Value
}

func main() {
	var s stats
	var plain int32
	var u64 uint64
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.hits.Add(2)
			if i%4 == 0 {
				s.misses.Add(1)
			}
			for {
				m := s.max.Load()
				if uint64(i) <= m || s.max.CompareAndSwap(m, uint64(i)) {
					break
				}
			}
			atomic.AddInt32(&plain, -1)
			atomic.AddUint64(&u64, 3)
		}(i)
	}
	wg.Wait()
	fmt.Println(s.hits.Load(), s.misses.Load(), s.max.Load(), plain, atomic.LoadUint64(&u64))
	fmt.Println(s.on.Load(), s.on.CompareAndSwap(false, true), s.on.Load(), s.on.Swap(false))
	fmt.Println(s.name.Load() == nil)
	s.name.Store("pogo")
	fmt.Println(s.name.Load(), s.name.Swap("gc"), s.name.Load())
	fmt.Println(s.name.CompareAndSwap("x", "y"), s.name.CompareAndSwap("gc", "go"), s.name.Load())
	var x int64 = 10
	old := atomic.SwapInt64(&x, 20)
	fmt.Println(old, x)
	fmt.Println(atomic.CompareAndSwapInt64(&x, 10, 30), atomic.CompareAndSwapInt64(&x, 20, 30))
	fmt.Println(x)
	var y uint32 = 0xF0
	atomic.StoreUint32(&y, 0xFF)
	old32 := atomic.AndUint32(&y, 0x0F)
	fmt.Println(old32, y)
	old32 = atomic.OrUint32(&y, 0x30)
	fmt.Println(old32, y)
	var n32 int32 = -5
	fmt.Println(atomic.AddInt32(&n32, -1), atomic.LoadInt32(&n32))
	var u32 uint32 = 1
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint32(&u32, ^uint32(0)))
	func() {
		defer func() { fmt.Println(recover()) }()
		s.name.Store(1)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var v atomic.Value
		v.Store(nil)
	}()
}
