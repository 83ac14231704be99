package main

import (
	"errors"
	"fmt"
)

func double(x int) (r int) {
	defer func() { r *= 2 }()
	return x + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func rethrow() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer got: ", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re-%v", r))
		}()
		panic("first")
	}()
	return "unreachable"
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func getErr(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{42}
		return e
	}
	return nil
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
}

func loopDefer() (n int) {
	for i := 1; i <= 4; i++ {
		defer func(v int) { n += v }(i)
	}
	return 0
}

func deferArgsEval() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x =", x)
}

func recoverNil() {
	defer func() {
		fmt.Println("recover in normal defer:", recover())
	}()
}

func main() {
	fmt.Println(double(3))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(rethrow())
	err := getErr(true)
	var me *MyErr
	fmt.Println(err, errors.As(err, &me), me.Code)
	fmt.Println(getErr(false) == nil)
	order()
	fmt.Println(loopDefer())
	deferArgsEval()
	recoverNil()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("runtime error?", ok, err)
		}()
		var m map[string]int
		m["a"] = 1
	}()
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		var arr []int
		idx := 5
		_ = arr[idx]
	}()
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		panic(&MyErr{7})
	}()
}
