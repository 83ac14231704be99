package main

import "fmt"

func f(x int) int {
L:
	for {
		for {
			break L
		}
	}
	switch x {
	case 0:
		goto L1
	L1:
		fallthrough
	case 1:
		return 10
	}
	return ((((((x))))))
}

func g() int {
	((((panic)))("boom"))
}

func main() {
	fmt.Println(f(0), f(1), f(2))
	defer func() { fmt.Println(recover()) }()
	g()
}
