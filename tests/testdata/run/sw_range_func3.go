package main

import "fmt"

func pairs(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

func firstPair(n, sum int) (a, b int, ok bool) {
	for i, j := range pairs(n) {
		if i+j == sum {
			return i, j, true
		}
	}
	return
}

func withGoto() int {
	n := 0
	for x := range pairs(4) {
		if x == 2 {
			goto skip
		}
		n++
	skip:
	}
	return n
}

func nestedDefer() (log []string) {
	defer func() { log = append(log, "outer") }()
	for i := range pairs(3) {
		for j := range pairs(2) {
			defer func() { log = append(log, fmt.Sprint(i, j)) }()
		}
	}
	return
}

func panicky(yield func(int) bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("iterator saw panic:", r)
			panic(r)
		}
	}()
	yield(1)
}

func main() {
	fmt.Println(firstPair(5, 5))
	fmt.Println(firstPair(3, 10))
	fmt.Println(withGoto())
	fmt.Println(nestedDefer())
	func() {
		defer func() { fmt.Println("main recovered:", recover()) }()
		for v := range panicky {
			panic(fmt.Sprint("body panic ", v))
		}
	}()
	total := 0
	for i := range 4 {
		for j := range pairs(i) {
			total += j
		}
	}
	fmt.Println(total)
	fs := []func(){}
	for i, j := range pairs(3) {
		fs = append(fs, func() { fmt.Print(i, j, ";") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
}
