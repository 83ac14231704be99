package runtime

import "unsafe"

// timeSleep is time.Sleep until the scheduler takes over: it blocks the
// whole process in nanosleep (restarting after signals).
//
//go:linkname timeSleep time.Sleep
func timeSleep(ns int64) {
	if ns <= 0 {
		return
	}
	var ts [2]int64
	ts[0], ts[1] = ns/1e9, ns%1e9
	p := uintptr(unsafe.Pointer(&ts[0]))
	for {
		_, e := syscall6(sysNanosleep, p, p, 0, 0, 0, 0)
		if e != 4 { // EINTR: ts now holds the time left
			return
		}
	}
}

const sysNanosleep = 35
