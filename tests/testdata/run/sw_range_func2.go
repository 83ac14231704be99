package main

import "fmt"


func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func kv() func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
	}
}

func three(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func nestedReturn() (int, string) {
	for i := range upto(5) {
		for j := range upto(5) {
			if i*j == 6 {
				return i, fmt.Sprint("found ", j)
			}
		}
	}
	return -1, "none"
}

func named() (r int) {
	defer func() { r *= 10 }()
	for i := range upto(10) {
		r += i
		if i == 4 {
			return
		}
	}
	return 99
}

func deferOrder() {
	defer fmt.Println("outer defer")
	for i := range upto(3) {
		defer fmt.Println("loop defer", i)
	}
	fmt.Println("end of deferOrder")
}

func recovering() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered ", r)
		}
	}()
	for i := range upto(5) {
		defer func() {
			if i == 0 {
				fmt.Println("first deferred in loop runs last")
			}
		}()
		if i == 2 {
			panic("boom at 2")
		}
	}
	return "no panic"
}

func badIter(yield func(int) bool) {
	yield(1)
	yield(2)
}

func labeled() {
	n := 0
outer:
	for i := range upto(4) {
		for j := range upto(4) {
			switch {
			case j > i:
				continue outer
			case i == 3:
				break outer
			}
			n += 10*i + j
		}
	}
	fmt.Println("labeled n", n)
	count := 0
	for i := 0; i < 3; i++ {
		for range three {
			count++
			if count%2 == 0 {
				continue
			}
			if i == 2 {
				break
			}
		}
	}
	fmt.Println("count", count)
}

func main() {
	fmt.Println(nestedReturn())
	fmt.Println(named())
	deferOrder()
	fmt.Println(recovering())
	labeled()
	var k string
	var v int
	for k, v = range kv() {
		if k == "b" {
			break
		}
	}
	fmt.Println(k, v)
	for k := range kv() {
		fmt.Print(k)
	}
	fmt.Println()
	sum := 0
	for x := range upto(4) {
		sum += x
	}
	fmt.Println(sum)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for x := range badIter {
			fmt.Println("x", x)
			break
		}
	}()
}
