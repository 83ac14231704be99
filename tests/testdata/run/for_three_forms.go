// Checks the three forms of the for statement: three-clause, condition-only and infinite.
package main

import "fmt"

func main() {
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	fmt.Println("three-clause sum:", sum)

	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println("condition-only:", n)

	count := 0
	for {
		count++
		if count == 7 {
			break
		}
	}
	fmt.Println("infinite with break:", count)

	// three-clause with empty parts
	j := 5
	for ; j > 0; {
		j -= 2
	}
	fmt.Println("empty init and post:", j)

	for i, k := 0, 10; i < k; i, k = i+1, k-1 {
		fmt.Println("i", i, "k", k)
	}

	// nested loops
	total := 0
	for x := 0; x < 4; x++ {
		for y := 0; y < x; y++ {
			total += x * y
		}
	}
	fmt.Println("nested total:", total)
}
