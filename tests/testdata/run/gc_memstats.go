// runtime.ReadMemStats, runtime.GC and debug.SetGCPercent: the counters move the
// way gc's do for an allocation loop with a small live set.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 100000; i++ {
		sink = make([]byte, 4096)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("collected:", after.NumGC > before.NumGC)
	fmt.Println("total alloc >= 380MB:", after.TotalAlloc-before.TotalAlloc >= 380<<20)
	fmt.Println("mallocs >= 100000:", after.Mallocs-before.Mallocs >= 100000)
	fmt.Println("frees >= 90000:", after.Frees-before.Frees >= 90000)
	fmt.Println("heap small:", after.HeapAlloc < 16<<20)
	fmt.Println("sys small:", after.Sys < 256<<20)
	fmt.Println("forced:", after.NumForcedGC-before.NumForcedGC)
	fmt.Println("SetGCPercent:", debug.SetGCPercent(50))
	fmt.Println("SetGCPercent:", debug.SetGCPercent(-1))
	n := after.NumGC
	for i := 0; i < 10000; i++ {
		sink = make([]byte, 4096)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("off:", after.NumGC == n)
	fmt.Println("SetGCPercent:", debug.SetGCPercent(100))
}
