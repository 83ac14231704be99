package main

import "errors"

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic(errors.New("original"))
}
