package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	loads  int
)

func load() {
	loads++
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
			_ = config["mode"]
		}()
	}
	wg.Wait()
	fmt.Println(loads, config["mode"])
	calls := 0
	f := sync.OnceFunc(func() { calls++ })
	for i := 0; i < 5; i++ {
		f()
	}
	fmt.Println(calls)
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		o.Do(func() { panic("in once") })
	}()
	o.Do(func() { fmt.Println("not called again") })
	fmt.Println("done")
}
