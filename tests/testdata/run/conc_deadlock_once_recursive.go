package main

import (
	"fmt"
	"sync"
)

var once sync.Once

func setup() {
	fmt.Println("setup starts")
	once.Do(setup) // re-entering Do on the same Once blocks forever
}

func main() {
	once.Do(setup)
}
