package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		panic(nil)
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
