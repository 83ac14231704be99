package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("read-locked, now write-unlocking")
	defer func() { fmt.Println("fatal errors are not recovered:", recover()) }()
	rw.Unlock()
}
