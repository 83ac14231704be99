package main

import (
	"fmt"
	"time"
)

func main() {
	time.AfterFunc(time.Millisecond, func() {
		panic(fmt.Sprintf("timer callback failed after %v", time.Millisecond))
	})
	time.Sleep(5 * time.Second)
	fmt.Println("unreachable")
}
