// sort: Slice, Sort (unstable: equal keys must land where gc puts them), SliceStable, Stable, Reverse, IsSorted, Search, Find.
package main

import (
	"fmt"
	"sort"
)

type pair struct {
	k, v int
}

type byK []pair

func (b byK) Len() int           { return len(b) }
func (b byK) Less(i, j int) bool { return b[i].k < b[j].k }
func (b byK) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	seed := uint64(7)
	for _, n := range []int{5, 13, 40, 100, 1000} {
		ps := make([]pair, n)
		for i := range ps {
			seed = seed*6364136223846793005 + 1442695040888963407
			ps[i] = pair{int(seed>>59) % 5, i}
		}
		a := append([]pair(nil), ps...)
		sort.Slice(a, func(i, j int) bool { return a[i].k < a[j].k })
		b := append([]pair(nil), ps...)
		sort.SliceStable(b, func(i, j int) bool { return b[i].k < b[j].k })
		c := append(byK(nil), ps...)
		sort.Sort(c)
		d := append(byK(nil), ps...)
		sort.Stable(sort.Reverse(d))
		h1, h2, h3, h4 := 0, 0, 0, 0
		for i := 0; i < n; i++ {
			h1 = h1*31 + a[i].v
			h2 = h2*31 + b[i].v
			h3 = h3*31 + c[i].v
			h4 = h4*31 + d[i].v
		}
		fmt.Println(n, h1, h2, h3, h4, sort.SliceIsSorted(a, func(i, j int) bool { return a[i].k < a[j].k }), sort.IsSorted(c), sort.IsSorted(d))
		if n <= 13 {
			fmt.Println(a, b, c, d)
		}
	}
	x := []int{9, 3, 7, 1}
	fmt.Println(x, sort.Search(100, func(i int) bool { return i*i >= 50 }))
	i, found := sort.Find(len(x), func(i int) int { return 3 - x[i] })
	fmt.Println(i, found)
	names := []string{"bob", "al", "christine", "dee", "ed", "fay"}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) < len(names[j]) })
	fmt.Println(names)
	sort.SliceStable(names, func(i, j int) bool { return names[i][0] > names[j][0] })
	fmt.Println(names)
}
