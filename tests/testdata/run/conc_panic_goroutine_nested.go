package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	done := make(chan struct{})
	go func() {
		defer func() {
			fmt.Println("cleanup")
			panic(errors.New("cleanup failed"))
		}()
		panic("first problem")
	}()
	<-done
	os.Exit(0)
}
