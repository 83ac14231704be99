// Checks a sieve of Eratosthenes using an []int slice of marks, appending primes, and trial division.
package main

import "fmt"

func sieve(n int) []int {
	composite := make([]int, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] != 0 {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = 1
		}
	}
	return primes
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	ps := sieve(200)
	fmt.Println("count:", len(ps))
	for i, p := range ps {
		fmt.Print(p)
		if i%10 == 9 {
			fmt.Println()
		} else {
			fmt.Print(" ")
		}
	}
	fmt.Println()
	agree := true
	for i := 0; i <= 200; i++ {
		inSieve := false
		for _, p := range ps {
			if p == i {
				inSieve = true
			}
		}
		if inSieve != isPrime(i) {
			agree = false
		}
	}
	fmt.Println("agree:", agree)
	fmt.Println("primes below 10000:", len(sieve(10000)))
}
