package main

import (
	"fmt"
	"time"
)

// A goroutine that never blocks still sees its timers expire when it polls
// their channels, and timer channels look unbuffered.
func main() {
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println(len(t.C), cap(t.C))
	spins := 0
	for {
		select {
		case <-t.C:
			fmt.Println("expired after spinning:", spins > 0)
			goto next
		default:
			spins++
		}
	}
next:
	deadline := time.After(10 * time.Millisecond)
	for done := false; !done; {
		select {
		case <-deadline:
			done = true
		default:
		}
	}
	fmt.Println("deadline seen")
	tk := time.NewTicker(5 * time.Millisecond)
	defer tk.Stop()
	n := 0
	for n < 3 {
		select {
		case <-tk.C:
			n++
		default:
		}
	}
	fmt.Println("ticks", n, len(tk.C), cap(tk.C))
	fmt.Println(cap(time.After(time.Hour)))
}
