package main

import (
	"cmp"
	"fmt"
	"slices"
)

type rec struct {
	key, id int
}

func main() {
	// many equal keys: the unstable sort must leave them in gc's order
	var rs []rec
	x := uint32(12345)
	for i := 0; i < 300; i++ {
		x = x*1664525 + 1013904223
		rs = append(rs, rec{int(x>>24) % 7, i})
	}
	a := slices.Clone(rs)
	slices.SortFunc(a, func(p, q rec) int { return cmp.Compare(p.key, q.key) })
	fmt.Println(a)
	b := slices.Clone(rs)
	slices.SortStableFunc(b, func(p, q rec) int { return cmp.Compare(p.key, q.key) })
	fmt.Println(b[:40])
	fmt.Println(slices.IsSortedFunc(b, func(p, q rec) int { return p.key - q.key }))
	// descending and patterned inputs
	d := make([]int, 100)
	for i := range d {
		d[i] = 100 - i
	}
	slices.Sort(d)
	fmt.Println(d[:10], slices.IsSorted(d))
	for n := 0; n < 60; n += 7 {
		s := make([]rec, n)
		for i := range s {
			s[i] = rec{(i * 31) % 5, i}
		}
		slices.SortFunc(s, func(p, q rec) int { return q.key - p.key })
		fmt.Println(n, s)
	}
}
