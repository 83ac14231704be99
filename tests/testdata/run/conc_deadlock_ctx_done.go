package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = cancel
	fmt.Println("waiting for cancellation")
	<-ctx.Done()
}
