// maps: map-heavy work. Counts the values of a pseudo-random sequence in a map[int]int,
// builds a map[string]int of their decimal spellings, deletes every third key, and
// combines the survivors into an order-independent checksum.
//
// usage: maps N
package main

import (
	"fmt"
	"os"
)

// atoi parses a non-negative decimal argument by hand, so that the program needs only fmt
// and os from the standard library.
func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// itoa formats a non-negative int in decimal.
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append(b, byte('0'+n%10))
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	counts := make(map[int]int)
	x := uint32(12345)
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		counts[int(x%uint32(n/4+1))]++
	}
	names := make(map[string]int, len(counts))
	for k, v := range counts {
		names[itoa(k)] = v
	}
	for k := range counts {
		if k%3 == 0 {
			delete(names, itoa(k))
		}
	}
	sum, keys := 0, 0
	for k, v := range names {
		keys++
		for i := 0; i < len(k); i++ {
			sum += int(k[i]) * v * (i + 1)
		}
	}
	_, has := names["7"]
	fmt.Println(len(counts), keys, sum, has)
}
