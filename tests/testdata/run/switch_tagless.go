// Checks tagless switch statements with boolean case expressions evaluated in order.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score < 0, score > 100:
		return "invalid"
	default:
		return "F"
	}
}

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	}
	return fmt.Sprint(n)
}

func main() {
	for _, s := range ints(95, 85, 75, 10, -1, 101) {
		fmt.Println(s, grade(s))
	}
	for i := 1; i <= 20; i++ {
		fmt.Print(fizzbuzz(i), " ")
	}
	fmt.Println()
	x := 7
	switch true {
	case x > 5:
		fmt.Println("x > 5")
		fallthrough
	case x > 100:
		fmt.Println("fell into x > 100")
	case x > 3:
		fmt.Println("not reached")
	}
}

func ints(v ...int) []int {
	return v
}
