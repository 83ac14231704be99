package main

import (
	"fmt"
	"sync"
)

type hub struct {
	mu   sync.Mutex
	subs []chan string
}

func (h *hub) subscribe() <-chan string {
	c := make(chan string, 8)
	h.mu.Lock()
	h.subs = append(h.subs, c)
	h.mu.Unlock()
	return c
}

func (h *hub) publish(msg string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, c := range h.subs {
		c <- msg
	}
}

func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, c := range h.subs {
		close(c)
	}
}

func main() {
	h := &hub{}
	start := make(chan struct{})
	results := make([]string, 4)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		c := h.subscribe()
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start // closed channel: every waiter proceeds
			s := ""
			for m := range c {
				s += m
			}
			results[i] = fmt.Sprint(i, ":", s)
		}()
	}
	close(start)
	for _, m := range []string{"a", "b", "c"} {
		h.publish(m)
	}
	h.close()
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
