// Package debug holds the runtime's tuning knobs. pogo's version has
// SetGCPercent, FreeOSMemory, Stack and PrintStack (stack.go).
package debug

import "runtime"

// setGCPercent is provided by the runtime.
func setGCPercent(percent int32) int32

// SetGCPercent sets the collector's target percentage (as GOGC does; a negative
// value turns collection off) and returns the previous setting.
func SetGCPercent(percent int) int {
	return int(setGCPercent(int32(percent)))
}

// FreeOSMemory runs a collection; the pages of large freed objects go back to
// the kernel as they are freed.
func FreeOSMemory() {
	runtime.GC()
}
