package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	mu.RLock()
	mu.RUnlock()
	fmt.Println("one reader left")
	mu.Lock()
}
