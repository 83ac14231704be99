package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Go(func() { fmt.Println("worker", i, "done") ; })
		wg.Wait()
	}
	select {}
}
