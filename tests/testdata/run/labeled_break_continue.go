// Checks labeled break and continue out of nested for loops and out of a switch inside a loop.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Println("pair", i, j)
		}
	}

	found := -1
search:
	for a := 2; a < 50; a++ {
		for b := 2; b < a; b++ {
			if a%b == 0 {
				continue search
			}
		}
		if a > 30 {
			found = a
			break search
		}
	}
	fmt.Println("first prime above 30:", found)

	n := 0
loop:
	for {
		switch {
		case n > 4:
			break loop
		case n%2 == 0:
			n++
			continue loop
		}
		fmt.Println("odd n", n)
		n++
	}
	fmt.Println("n =", n)

	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Println("switch in loop", i)
		}
	}
}
