package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func main() {
	var i64 atomic.Int64
	var i32 atomic.Int32
	var u64 atomic.Uint64
	var u32 atomic.Uint32
	var flag atomic.Bool
	var up atomic.Uintptr
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			for range 1000 {
				i64.Add(3)
				i32.Add(-1)
				u64.Add(2)
				u32.Add(1)
				up.Add(1)
			}
			if g == 7 {
				flag.Store(true)
			}
		})
	}
	wg.Wait()
	fmt.Println(i64.Load(), i32.Load(), u64.Load(), u32.Load(), up.Load(), flag.Load())
	fmt.Println("swap:", i64.Swap(5), i64.Load())
	fmt.Println("cas:", i64.CompareAndSwap(4, 9), i64.CompareAndSwap(5, 9), i64.Load())
	fmt.Println("and/or:", u32.And(0xff0), u32.Or(0x1), u32.Load())
	fmt.Println("bool swap:", flag.Swap(false), flag.Load(), flag.CompareAndSwap(false, true), flag.Load())

	// A CAS loop computing a maximum from many goroutines.
	var max atomic.Int64
	for g := range 50 {
		wg.Go(func() {
			v := int64((g * 37) % 101)
			for {
				cur := max.Load()
				if v <= cur || max.CompareAndSwap(cur, v) {
					return
				}
			}
		})
	}
	wg.Wait()
	fmt.Println("max:", max.Load())

	// atomic.Pointer publishing immutable configurations.
	var cfg atomic.Pointer[config]
	fmt.Println("nil:", cfg.Load() == nil)
	cfg.Store(&config{"a", 1})
	old := cfg.Swap(&config{"b", 2})
	fmt.Println("old:", old.name, old.version, "new:", cfg.Load().name)
	cur := cfg.Load()
	fmt.Println("cas stale:", cfg.CompareAndSwap(old, &config{"c", 3}))
	fmt.Println("cas fresh:", cfg.CompareAndSwap(cur, &config{"c", 3}), cfg.Load().version)

	// atomic.Value: type consistency is enforced.
	var v atomic.Value
	fmt.Println("empty:", v.Load())
	v.Store("hello")
	fmt.Println(v.Load(), v.Swap("world"), v.Load())
	fmt.Println("cas:", v.CompareAndSwap("world", "again"), v.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.CompareAndSwap("again", 2)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.CompareAndSwap(1, 2)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.CompareAndSwap("again", nil)
	}()
	fmt.Println("still:", v.Load())
}
