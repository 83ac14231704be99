package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type node struct {
	val  int
	next unsafe.Pointer // *node
}

type stats struct {
	hits   int64
	misses uint32
	flags  int32
	total  uint64
	ptr    uintptr
}

// push is a lock-free (Treiber) stack push.
func push(head *unsafe.Pointer, v int) {
	n := &node{val: v}
	for {
		old := atomic.LoadPointer(head)
		n.next = old
		if atomic.CompareAndSwapPointer(head, old, unsafe.Pointer(n)) {
			return
		}
	}
}

func pop(head *unsafe.Pointer) (int, bool) {
	for {
		old := atomic.LoadPointer(head)
		if old == nil {
			return 0, false
		}
		n := (*node)(old)
		if atomic.CompareAndSwapPointer(head, old, n.next) {
			return n.val, true
		}
	}
}

func main() {
	var s stats
	var wg sync.WaitGroup
	for g := range 10 {
		wg.Go(func() {
			for i := range 100 {
				atomic.AddInt64(&s.hits, 2)
				atomic.AddUint32(&s.misses, 1)
				atomic.AddUint64(&s.total, uint64(i))
				atomic.AddUintptr(&s.ptr, 1)
				if i == g {
					atomic.OrInt32(&s.flags, 1<<g)
				}
			}
		})
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&s.hits), atomic.LoadUint32(&s.misses), atomic.LoadUint64(&s.total), atomic.LoadUintptr(&s.ptr))
	fmt.Printf("%#x\n", atomic.LoadInt32(&s.flags))
	fmt.Printf("and old=%#x ", atomic.AndInt32(&s.flags, 0x0f))
	fmt.Printf("now=%#x\n", s.flags)
	// Decrement an unsigned counter by adding the complement.
	atomic.AddUint32(&s.misses, ^uint32(0))
	fmt.Println(s.misses)
	fmt.Println(atomic.SwapInt64(&s.hits, -1), s.hits)
	fmt.Println(atomic.CompareAndSwapInt64(&s.hits, -1, 7), atomic.CompareAndSwapInt64(&s.hits, -1, 8), s.hits)
	atomic.StoreUint64(&s.total, 1<<63)
	fmt.Println(atomic.LoadUint64(&s.total))
	fmt.Println(atomic.AndUintptr(&s.ptr, 0xf0), atomic.OrUintptr(&s.ptr, 1), s.ptr)
	var up atomic.Uintptr
	up.Store(0xff)
	fmt.Println(up.And(0x0f), up.Or(0x100), up.Load())
	var u64 atomic.Uint64
	u64.Store(6)
	fmt.Println(u64.And(3), u64.Or(8), u64.Load())

	var head unsafe.Pointer
	for p := range 4 {
		wg.Go(func() {
			for i := range 250 {
				push(&head, p*1000+i)
			}
		})
	}
	wg.Wait()
	sum, n := 0, 0
	for {
		v, ok := pop(&head)
		if !ok {
			break
		}
		sum += v
		n++
	}
	fmt.Println("popped", n, "sum", sum)
}
