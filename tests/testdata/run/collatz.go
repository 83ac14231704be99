// Checks loops with conditions and counters: Collatz sequence lengths and the longest chain below 10000.
package main

import "fmt"

func steps(n int) int {
	count := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		count++
	}
	return count
}

func sequence(n int) []int {
	s := make([]int, 1)
	s[0] = n
	for n != 1 {
		if n&1 == 0 {
			n >>= 1
		} else {
			n = 3*n + 1
		}
		s = append(s, n)
	}
	return s
}

func main() {
	for i := 1; i <= 10; i++ {
		fmt.Println(i, steps(i))
	}
	seq := sequence(27)
	fmt.Println("27:", len(seq), "values, max", maxOf(seq))
	best, bestN := 0, 0
	for n := 1; n < 10000; n++ {
		if s := steps(n); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println("longest below 10000:", bestN, best)
}

func maxOf(s []int) int {
	m := s[0]
	for _, v := range s[1:] {
		if v > m {
			m = v
		}
	}
	return m
}
