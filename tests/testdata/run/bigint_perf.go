package main

import (
	"fmt"
	"math/big"
)

func main() {
	f := big.NewInt(1)
	for i := int64(2); i <= 3000; i++ {
		f.Mul(f, big.NewInt(i))
	}
	s := f.String()
	fmt.Println(len(s), s[:40], s[len(s)-20:])

	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 20000; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	s = a.String()
	fmt.Println(len(s), s[:30], s[len(s)-30:])
	sum := 0
	for _, c := range s {
		sum += int(c - '0')
	}
	fmt.Println(sum)

	// 2**10000 digit sum, and a division-heavy check
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(10000), nil)
	q := new(big.Int).Exp(big.NewInt(3), big.NewInt(3000), nil)
	r := new(big.Int)
	d, r := new(big.Int).QuoRem(p, q, r)
	back := new(big.Int).Add(new(big.Int).Mul(d, q), r)
	fmt.Println(back.Cmp(p), d.BitLen(), r.BitLen())
	fmt.Println(new(big.Int).Exp(big.NewInt(7), new(big.Int).Lsh(big.NewInt(1), 200), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 521), big.NewInt(1))).Text(36))
	fmt.Println(new(big.Int).Binomial(1000, 500).String()[:50])
}
