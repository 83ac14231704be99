package main

import "fmt"

type Err struct{ msg string }

func (e *Err) Error() string { return e.msg }

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("got", r)
			panic(fmt.Errorf("wrapped: %w", r.(error)))
		}
	}()
	panic(&Err{"inner"})
}
