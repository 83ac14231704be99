// strconv: FormatInt/FormatUint then ParseInt/ParseUint back in every base, plus Quote then Unquote round trips.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := uint64(0x2545F4914F6CDD1D)
	bad := 0
	for i := 0; i < 3000; i++ {
		x ^= x >> 12
		x ^= x << 25
		x ^= x >> 27
		v := x * 0x2545F4914F6CDD1D
		if i%5 == 0 {
			v >>= uint(i % 64)
		}
		base := 2 + i%35
		s := strconv.FormatUint(v, base)
		u, err := strconv.ParseUint(s, base, 64)
		if err != nil || u != v {
			bad++
		}
		n := int64(v)
		t := strconv.FormatInt(n, base)
		m, err := strconv.ParseInt(t, base, 64)
		if err != nil || m != n {
			bad++
		}
		if i%300 == 0 {
			fmt.Println(base, s, t)
		}
	}
	fmt.Println("bad", bad)
	str := ""
	for r := rune(0); r < 0x3000; r += 7 {
		str += string(r)
	}
	str += "\xff\xfe\x80"
	q := strconv.Quote(str)
	back, err := strconv.Unquote(q)
	fmt.Println(len(str), len(q), back == str, err == nil)
	qa := strconv.QuoteToASCII(str)
	back, err = strconv.Unquote(qa)
	fmt.Println(len(qa), back == str, err == nil)
	for r := rune(0); r < 0x11000; r += 97 {
		qr := strconv.QuoteRune(r)
		s, err := strconv.Unquote(qr)
		if err != nil || s != string(r) {
			fmt.Println("rune mismatch", r)
		}
	}
	fmt.Println("done")
}
