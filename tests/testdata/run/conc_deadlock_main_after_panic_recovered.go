package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer func() {
			fmt.Println("recovered:", recover())
			// forgot wg.Done()
		}()
		panic("oops")
	}()
	go func() {
		defer wg.Done()
	}()
	wg.Wait()
}
