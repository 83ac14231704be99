// Checks goto: a backwards loop built with labels and a forward jump out of nested blocks.
package main

import "fmt"

func sumTo(n int) int {
	i, s := 0, 0
loop:
	if i <= n {
		s += i
		i++
		goto loop
	}
	return s
}

func findFirst(s []int, target int) int {
	idx := -1
	for i := 0; i < len(s); i++ {
		for j := 0; j < 1; j++ {
			if s[i] == target {
				idx = i
				goto done
			}
		}
	}
done:
	return idx
}

func main() {
	fmt.Println(sumTo(10), sumTo(100))
	fmt.Println(findFirst(ints(5, 8, 13, 21), 13), findFirst(ints(1), 2))
	n := 0
again:
	n++
	if n < 5 {
		fmt.Println("again", n)
		goto again
	}
	goto skip
skip:
	fmt.Println("end", n)
}

func ints(v ...int) []int {
	return v
}
