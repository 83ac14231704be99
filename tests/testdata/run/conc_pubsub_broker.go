package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func (b *broker) subscribe(topic string) <-chan string {
	c := make(chan string, 16)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], c)
	b.mu.Unlock()
	return c
}

func (b *broker) publish(topic, msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, c := range b.subs[topic] {
		c <- msg
	}
}

func (b *broker) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, cs := range b.subs {
		for _, c := range cs {
			close(c)
		}
	}
	b.subs = nil
}

func main() {
	b := &broker{subs: make(map[string][]chan string)}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	for i, topic := range []string{"news", "news", "sports", "weather"} {
		c := b.subscribe(topic)
		wg.Go(func() {
			var got []string
			for m := range c {
				got = append(got, m)
			}
			mu.Lock()
			log = append(log, fmt.Sprintf("sub%d(%s): %s", i, topic, strings.Join(got, ",")))
			mu.Unlock()
		})
	}
	var pubs sync.WaitGroup
	for p := range 3 {
		pubs.Go(func() {
			b.publish("news", fmt.Sprint("n", p))
			b.publish("sports", fmt.Sprint("s", p))
		})
	}
	pubs.Wait()
	b.publish("weather", "sunny")
	b.publish("nobody", "lost")
	b.close()
	wg.Wait()
	sort.Strings(log)
	for _, l := range log {
		// Message order between publishers varies; count them instead.
		name, msgs, _ := strings.Cut(l, ": ")
		parts := strings.Split(msgs, ",")
		sort.Strings(parts)
		fmt.Println(name, parts)
	}
}
