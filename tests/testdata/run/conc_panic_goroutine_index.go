package main

import (
	"fmt"
	"sync"
)

func process(items []int, i int) int { return items[i] * 2 }

func main() {
	items := []int{1, 2, 3}
	var wg sync.WaitGroup
	out := make([]int, 3)
	for i := range 3 {
		wg.Go(func() { out[i] = process(items, i) })
	}
	wg.Wait()
	fmt.Println(out)
	wg.Go(func() { fmt.Println(process(items, len(items)+2)) })
	wg.Wait()
	fmt.Println("unreachable")
}
