package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	context.AfterFunc(ctx, func() {
		panic(errors.New("cleanup hook: " + ctx.Err().Error()))
	})
	cancel()
	select {}
	fmt.Println("unreachable")
}
