// Range over arrays and pointers to arrays: the value form iterates over a copy.
package main

import "fmt"

func main() {
	a := [4]int{1, 2, 3, 4}
	for i, v := range a {
		a[3] = 100 // not seen: range works on a copy of a
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	fmt.Println(a)
	p := &a
	for i, v := range p {
		if i == 0 {
			p[3] = 7 // seen: ranging over a pointer does not copy
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	sum := 0
	for i := range a {
		sum += i
	}
	fmt.Println(sum)
	var empty [0]int
	for range empty {
		fmt.Println("never")
	}
	var np *[3]int
	for i := range np {
		fmt.Print(i)
	}
	fmt.Println()
}
