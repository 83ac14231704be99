package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (m MyErr) Error() string { return "my" }

func get() error { return nil }

func main() {
	err := get()
	var me *MyErr
	if errors.As(err, me) {
		fmt.Println("as")
	}
	if err == MyErr {
		fmt.Println("eq")
	}
	if errors.Is(err, "x") {
	}
	err.Error = nil
	fmt.Errorf("x %w", 1)
}
