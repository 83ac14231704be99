package main

import "fmt"

// A deferred call panics while an earlier panic unwinds: gc shows a panic(...) frame
// between the deferred function and the frame that panicked first.

type conv struct{ v any }

func (c conv) asInt() int {
	return c.v.(int)
}

func cleanup(c conv) {
	if _, ok := c.v.(string); ok {
		panic("cleanup after a string")
	}
}

func work(c conv) int {
	defer cleanup(c)
	return c.asInt() * 2
}

func main() {
	fmt.Println(work(conv{21}))
	fmt.Println(work(conv{"x"}))
}
