// allocloop: allocates about N GB in total (slices of 1 KB to 64 KB and small
// linked nodes) while keeping a live set of a few MB; prints a checksum. The
// peak RSS shows whether the collector keeps memory bounded.
//
// usage: allocloop N
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

type node struct {
	next *node
	v    int
}

func main() {
	gb := atoi(os.Args[1])
	var keep [256][]byte
	var lists [16]*node
	total, check := 0, 0
	for i := 0; total < gb<<30; i++ {
		n := 1024 << (i % 7)
		b := make([]byte, n)
		b[0], b[n-1] = byte(i), byte(i>>8)
		if old := keep[i%256]; old != nil {
			check += int(old[0]) + int(old[len(old)-1])
		}
		keep[i%256] = b
		total += n
		var h *node
		for j := 0; j < 32; j++ {
			h = &node{h, j}
		}
		lists[i%16] = h
		total += 32 * 16
	}
	for _, h := range lists {
		for ; h != nil; h = h.next {
			check += h.v
		}
	}
	fmt.Println(total>>30, check)
}
