package main

import "fmt"

//go:noinline
func named(n int) (r int, s string) {
	defer func() {
		if e := recover(); e != nil {
			r = -n
			s = "rec"
		}
	}()
	if n > 2 {
		panic(fmt.Sprint("too big ", n))
	}
	return n * 2, "ok"
}

//go:noinline
func named2(n int) (r int, s string) {
	defer func() {
		if e := recover(); e != nil {
			r = -n
			s = fmt.Sprint(e)
		}
	}()
	if n > 2 {
		panic("big")
	}
	return n * 2, "ok"
}

func main() {
	a, b := named(5)
	fmt.Println(a, b)
	a, b = named2(5)
	fmt.Println(a, b)
}
