package main

import (
	"fmt"
	"os"
	"strings"
)

// Map iteration order is unspecified and gc makes it differ between ranges;
// every entry is still produced exactly once, and the spec's rules for
// entries deleted or added during the iteration hold.

func order(m map[int]int) []int {
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func same(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// exactlyOnce reports whether ks holds each of 0..n-1 exactly once.
func exactlyOnce(ks []int, n int) bool {
	seen := make([]int, n)
	for _, k := range ks {
		if k < 0 || k >= n {
			return false
		}
		seen[k]++
	}
	for _, c := range seen {
		if c != 1 {
			return false
		}
	}
	return len(ks) == n
}

func main() {
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	differ := false
	allOnce := true
	for run := 0; run < 20; run++ {
		a, b := order(m), order(m)
		allOnce = allOnce && exactlyOnce(a, 100) && exactlyOnce(b, 100)
		if !same(a, b) {
			differ = true
		}
	}
	fmt.Println("orders differ:", differ)
	fmt.Println("each key once:", allOnce)

	// values are those of the visited keys
	okVals := true
	for k, v := range m {
		okVals = okVals && v == k*k
	}
	fmt.Println("values match:", okVals)

	// growing during iteration: every original key exactly once, new keys at most once
	g := make(map[int]int)
	for i := 0; i < 100; i++ {
		g[i] = i
	}
	counts := make(map[int]int)
	for k := range g {
		counts[k]++
		if k < 100 {
			for j := 0; j < 10; j++ {
				g[1000+k*10+j] = j // forces several rehashes
			}
		}
	}
	growOK := len(g) == 1100
	for k, c := range counts {
		if c != 1 || k >= 100 && k < 1000 {
			growOK = false
		}
	}
	for i := 0; i < 100; i++ {
		if counts[i] != 1 {
			growOK = false
		}
	}
	fmt.Println("grow: originals once, new at most once:", growOK)

	// deleting during iteration: entries removed before they are reached are not produced
	d := make(map[int]int)
	for i := 0; i < 100; i++ {
		d[i] = i
	}
	var seen []int
	first := -1
	for k := range d {
		if first < 0 {
			first = k
			for j := 0; j < 100; j++ {
				if j%2 == 1 && j != k {
					delete(d, j)
				}
			}
		}
		seen = append(seen, k)
	}
	delOK := true
	cnt := make([]int, 100)
	for _, k := range seen {
		cnt[k]++
		if k%2 == 1 && k != first {
			delOK = false
		}
	}
	for i := 0; i < 100; i += 2 {
		if cnt[i] != 1 {
			delOK = false
		}
	}
	fmt.Println("delete: removed unreached entries skipped, others once:", delOK)

	// deleting and growing in the same iteration
	b := make(map[string]int)
	for i := 0; i < 100; i++ {
		b[fmt.Sprint("k", i)] = i
	}
	visited := make(map[string]int)
	step := 0
	for k := range b {
		visited[k]++
		step++
		if step == 10 {
			for i := 0; i < 100; i += 3 {
				delete(b, fmt.Sprint("k", i))
			}
			for i := 0; i < 400; i++ {
				b[fmt.Sprint("n", i)] = i
			}
		}
	}
	bothOK := true
	for k, c := range visited {
		if c != 1 {
			bothOK = false
		}
		_ = k
	}
	for i := 0; i < 100; i++ {
		k := fmt.Sprint("k", i)
		if i%3 != 0 && visited[k] != 1 {
			bothOK = false
		}
	}
	fmt.Println("delete and grow: survivors once:", bothOK)

	// fmt prints maps sorted whatever the iteration order
	small := map[string]int{"b": 2, "a": 1, "d": 4, "c": 3}
	fmt.Println(small)

	// with an argument, print the first iteration order (for comparing processes)
	if len(os.Args) > 1 {
		var sb strings.Builder
		for _, k := range order(m) {
			fmt.Fprint(&sb, k, " ")
		}
		fmt.Fprintln(os.Stderr, sb.String())
	}
}
