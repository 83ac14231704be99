package main

import (
	"fmt"
	"time"
)

// The only pending thing is a stopped timer: nothing can wake main.
func main() {
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println(t.Stop())
	<-t.C
}
