// Checks if statements with init statements, else-if chains and scoping of init variables.
package main

import "fmt"

func sign(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func half(n int) (int, bool) {
	return n / 2, n%2 == 0
}

func main() {
	for _, v := range ints(-3, 0, 8) {
		fmt.Println(v, sign(v))
	}
	if h, ok := half(10); ok {
		fmt.Println("even, half is", h)
	} else {
		fmt.Println("odd", h)
	}
	if h, ok := half(7); ok {
		fmt.Println("even", h)
	} else if h > 2 {
		fmt.Println("odd and half above 2:", h)
	} else {
		fmt.Println("odd small")
	}
	x := 5
	if x := x * 2; x > 8 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	if y := 3; y > 10 {
		fmt.Println("no")
	} else if z := y * 4; z > 10 {
		fmt.Println("y", y, "z", z)
	}
	if !(x > 3) {
		fmt.Println("no")
	} else {
		fmt.Println("negation works")
	}
}

func ints(v ...int) []int {
	return v
}
