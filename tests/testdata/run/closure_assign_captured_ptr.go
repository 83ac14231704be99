package main

import (
	"errors"
	"fmt"
)

type myErr struct{ s string }

func (e *myErr) Error() string { return e.s }

func newErr(s string) error { return &myErr{s} }

func g1() (err error) {
	defer func() {
		err = errors.New("lit")
	}()
	return nil
}

func g2() (err error) {
	defer func() {
		s := fmt.Sprint(1)
		err = newErr(s)
	}()
	return nil
}

func g3() (err error) {
	defer func() {
		s := fmt.Sprint(1)
		_ = s
		err = newErr("x")
	}()
	return nil
}

func g4() (err error) {
	f := func() {
		s := fmt.Sprint(1)
		err = newErr(s)
	}
	f()
	return err
}

func main() {
	fmt.Println(g1())
	fmt.Println(g4())
	fmt.Println(g3())
	fmt.Println(g2())
}
