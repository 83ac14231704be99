package main

import (
	"fmt"
	"sync"
)

type code int

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		panic(code(404))
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
