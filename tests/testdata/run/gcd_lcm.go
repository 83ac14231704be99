// Checks Euclid's algorithm iteratively and recursively, with lcm and extended gcd via multiple results.
package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func gcdRec(a, b int) int {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

func extGCD(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGCD(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

func main() {
	pairs := ints(12, 18, 100, 75, 17, 5, 0, 9, 1071, 462)
	for i := 0; i < len(pairs); i += 2 {
		a, b := pairs[i], pairs[i+1]
		g, x, y := extGCD(a, b)
		fmt.Println(a, b, gcd(a, b), gcdRec(a, b), g, x, y, a*x+b*y == g)
	}
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm(1..20) =", l)
}

func ints(v ...int) []int {
	return v
}
