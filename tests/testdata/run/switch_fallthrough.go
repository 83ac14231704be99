// Checks expression switches with multiple case values, default placement and fallthrough.
package main

import "fmt"

func classify(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 3, 5, 7, 9:
		return "odd digit"
	case 2, 4, 6, 8:
		return "even digit"
	default:
		return "big"
	}
}

func cascade(n int) {
	switch n {
	case 1:
		fmt.Println("one")
		fallthrough
	case 2:
		fmt.Println("two or fell from one")
		fallthrough
	default:
		fmt.Println("default reached")
	case 3:
		fmt.Println("three")
	}
}

func main() {
	for i := 0; i < 12; i += 3 {
		fmt.Println(i, classify(i))
	}
	for i := 1; i <= 4; i++ {
		fmt.Println("cascade", i)
		cascade(i)
	}
	s := "b"
	switch s {
	case "a":
		fmt.Println("got a")
	case "b":
		fmt.Println("got b")
		if len(s) == 1 {
			break
		}
		fmt.Println("not printed")
	}
	switch {
	}
	fmt.Println("done")
}
