package main

import (
	"fmt"
	"time"
)

// A pending channel timer that nobody receives from cannot wake main (Go 1.23
// timers): the program deadlocks without waiting an hour.
func main() {
	t := time.NewTimer(time.Hour)
	defer t.Stop()
	tk := time.NewTicker(time.Hour)
	defer tk.Stop()
	fmt.Println("waiting")
	c := make(chan int)
	<-c
}
