package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	mu.RUnlock()
	defer func() { fmt.Println("not recoverable:", recover()) }()
	mu.RUnlock()
}
