package main

import "fmt"

type myErr struct{ s string }

func (e *myErr) Error() string { return e.s }

func g1() (err error) {
	func() {
		err = &myErr{"lit"}
	}()
	return err
}

func main() {
	e := g1()
	fmt.Println(e != nil)
	fmt.Println(e.Error())
}
