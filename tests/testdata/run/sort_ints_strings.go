// sort: Ints, Strings, IsSorted, SearchInts/SearchStrings, IntSlice/StringSlice on random, sorted, reversed and duplicate-heavy data.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

func main() {
	seed := uint64(12345)
	for _, n := range []int{0, 1, 2, 5, 13, 50, 1000, 5000} {
		for kind := 0; kind < 4; kind++ {
			x := make([]int, n)
			for i := range x {
				seed = seed*6364136223846793005 + 1442695040888963407
				switch kind {
				case 0:
					x[i] = int(seed>>33) - 1<<30
				case 1:
					x[i] = i
				case 2:
					x[i] = n - i
				case 3:
					x[i] = int(seed>>60) % 3
				}
			}
			before := sort.IntsAreSorted(x)
			sort.Ints(x)
			sum := 0
			for i, v := range x {
				sum += v * (i%7 + 1)
			}
			fmt.Println(n, kind, before, sort.IntsAreSorted(x), sum, sort.SearchInts(x, 0), sort.SearchInts(x, 1<<40), sort.SearchInts(x, -1<<40))
			if n <= 13 {
				fmt.Println(x)
			}
		}
	}
	words := []string{"pear", "apple", "fig", "", "Banana", "apple", "äpfel", "zebra", "Zebra", "a", "ab", "abc", "b", "fig1", "fig0"}
	for i := 0; i < 30; i++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		words = append(words, strconv.Itoa(int(seed>>40)))
	}
	fmt.Println(sort.StringsAreSorted(words))
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words))
	fmt.Println(sort.SearchStrings(words, "fig"), sort.SearchStrings(words, "fig2"), sort.SearchStrings(words, "~"))
}
