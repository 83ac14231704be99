// A loop allocates over 2 GB in total (small objects, medium slices and large
// buffers) while only a small set stays live: every buffer is checked after later
// allocations, so a collector that frees live memory or reuses it too early shows
// up as a wrong checksum.
package main

import "fmt"

type rec struct {
	id   int
	data []byte
	next *rec
}

func fill(b []byte, seed int) {
	for i := range b {
		b[i] = byte(seed + i*7)
	}
}

func sum(b []byte) int {
	s := 0
	for _, c := range b {
		s += int(c)
	}
	return s
}

func main() {
	var ring [16]*rec
	total := 0
	check := 0
	for i := 0; i < 90000; i++ {
		size := 1024 + (i%37)*997
		if i%50 == 0 {
			size = 200000 + (i%7)*50000 // large objects, their own pages
		}
		r := &rec{id: i, data: make([]byte, size)}
		fill(r.data[:64], i)
		r.data[size-1] = byte(i)
		total += size
		slot := i % len(ring)
		if old := ring[slot]; old != nil {
			if old.data[0] != byte(old.id) || old.data[len(old.data)-1] != byte(old.id) {
				fmt.Println("corrupted record", old.id)
				return
			}
			check += sum(old.data[:64])
			old.next = nil
		}
		r.next = ring[(slot+1)%len(ring)]
		ring[slot] = r
		// short-lived garbage: small objects
		for j := 0; j < 8; j++ {
			p := &rec{id: j}
			check += p.id
		}
	}
	fmt.Println("allocated MB >=", total>>20)
	fmt.Println("checksum", check)
	n := 0
	for _, r := range ring {
		for q := r; q != nil && n < 1000; q = q.next {
			n++
		}
	}
	fmt.Println("reachable", n)
}
