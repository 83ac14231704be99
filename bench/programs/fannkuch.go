// fannkuch: for every permutation of 1..N, count the "pancake flips" needed until 1 is in
// front (reverse the first p[0] elements, repeat). Prints a checksum (alternating sum of
// flip counts in permutation order) and the maximum count. Integers and slices only.
//
// usage: fannkuch N
package main

import (
	"fmt"
	"os"
)

func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

func flips(perm, work []int) int {
	copy(work, perm)
	count := 0
	for work[0] != 0 {
		k := work[0]
		for i, j := 0, k; i < j; i, j = i+1, j-1 {
			work[i], work[j] = work[j], work[i]
		}
		count++
	}
	return count
}

func main() {
	n := 7
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	perm := make([]int, n)
	work := make([]int, n)
	// counters for generating permutations by successive rotations of prefixes
	count := make([]int, n)
	for i := range perm {
		perm[i] = i
		count[i] = i
	}
	checksum, maxFlips, index := 0, 0, 0
	for {
		f := flips(perm, work)
		if f > maxFlips {
			maxFlips = f
		}
		if index%2 == 0 {
			checksum += f
		} else {
			checksum -= f
		}
		index++
		// next permutation: rotate the first r+1 elements left, for the smallest r whose
		// counter is not exhausted
		r := 1
		for ; r < n; r++ {
			first := perm[0]
			copy(perm[:r], perm[1:r+1])
			perm[r] = first
			if count[r] > 0 {
				count[r]--
				break
			}
			count[r] = r
		}
		if r == n {
			break
		}
	}
	fmt.Println(checksum)
	fmt.Println("Pfannkuchen(", n, ") =", maxFlips)
}
