// Array indexing with variable indexes in loops; a sieve over a [N]bool array.
package main

import "fmt"

const n = 60

func main() {
	var composite [n]bool
	for i := 2; i*i < n; i++ {
		if !composite[i] {
			for j := i * i; j < n; j += i {
				composite[j] = true
			}
		}
	}
	count := 0
	for i := 2; i < n; i++ {
		if !composite[i] {
			fmt.Print(i, " ")
			count++
		}
	}
	fmt.Println()
	fmt.Println(count)
	var hist [10]int
	for _, d := range []int{1, 3, 3, 7, 9, 9, 9, 0} {
		hist[d]++
	}
	fmt.Println(hist)
}
