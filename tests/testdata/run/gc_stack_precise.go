// Precise stack scanning: a pointer left in a dead frame slot (and in a stale
// outgoing argument word) must not keep a large object alive.
package main

import (
	"fmt"
	"runtime"
)

const big = 16 << 20

var sink int

//go:noinline
func touch(b []byte) int {
	b[len(b)-1] = 7
	return len(b)
}

//go:noinline
func sum(b []byte) int { return int(b[0]) + int(b[len(b)-1]) }

func heapMB() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc >> 20
}

// deadSlot keeps b in a frame slot across touch (b is used afterwards), then
// collects once b is dead: only the stale slot still holds it.
//
//go:noinline
func deadSlot() {
	b := make([]byte, big)
	n := touch(b)
	sink += sum(b) + n
	// b is dead here
	runtime.GC()
	fmt.Println("dead slot freed:", heapMB() < 8)
}

// liveSlot is the opposite: b is used after the collection and must survive it.
//
//go:noinline
func liveSlot() {
	b := make([]byte, big)
	b[1] = 3
	touch(b)
	runtime.GC()
	fmt.Println("live slot kept:", heapMB() >= 16, b[1], b[len(b)-1])
}

type node struct {
	next *node
	pad  [1 << 16]byte
}

// deadList builds a list of 64 KiB nodes, walks it, and drops it.
//
//go:noinline
func deadList() {
	var head *node
	for i := 0; i < 200; i++ {
		head = &node{next: head}
	}
	n := 0
	for p := head; p != nil; p = p.next {
		n++
	}
	sink += n
	runtime.GC()
	fmt.Println("dead list freed:", heapMB() < 8, n)
}

func main() {
	deadSlot()
	liveSlot()
	runtime.GC()
	fmt.Println("after return:", heapMB() < 8)
	deadList()
	runtime.GC()
	fmt.Println("end:", heapMB() < 8)
}
