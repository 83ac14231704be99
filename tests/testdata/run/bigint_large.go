package main

import (
	"crypto/sha256"
	"fmt"
	"math/big"
)

var seed uint64 = 99

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func randWords(n int) *big.Int {
	z := new(big.Int)
	for i := 0; i < n; i++ {
		z.Lsh(z, 64)
		z.Or(z, new(big.Int).SetUint64(next()))
	}
	return z
}

func digest(x *big.Int) string {
	s := x.String()
	return fmt.Sprintf("%d %x", len(s), sha256.Sum256([]byte(s)))
}

func main() {
	sizes := [][2]int{{40, 40}, {41, 77}, {100, 100}, {300, 45}, {257, 256}, {1000, 999}, {2000, 60}}
	for _, sz := range sizes {
		x, y := randWords(sz[0]), randWords(sz[1])
		if next()%2 == 0 {
			x.Neg(x)
		}
		p := new(big.Int).Mul(x, y)
		fmt.Println(sz, digest(p), p.BitLen())
		q, r := new(big.Int).QuoRem(p, y, new(big.Int))
		fmt.Println(q.Cmp(x), r.Sign())
		sq := new(big.Int).Mul(x, x)
		fmt.Println(digest(sq), new(big.Int).Sqrt(sq).CmpAbs(x))
		s := new(big.Int).Sqrt(new(big.Int).Abs(p))
		lo := new(big.Int).Mul(s, s)
		s1 := new(big.Int).Add(s, big.NewInt(1))
		hi := new(big.Int).Mul(s1, s1)
		fmt.Println(lo.CmpAbs(p) <= 0, hi.CmpAbs(p) > 0)
		back, ok := new(big.Int).SetString(p.String(), 10)
		fmt.Println(ok, back.Cmp(p), p.Text(16) == fmt.Sprintf("%x", p), len(p.Text(7)), len(p.Text(36)))
		fmt.Println(p.String()[:30], p.Text(3)[:30], p.Text(2)[:30])
	}
	f := new(big.Int).MulRange(1, 10000)
	fmt.Println(digest(f), f.TrailingZeroBits())
	e := new(big.Int).Exp(big.NewInt(7), big.NewInt(50000), nil)
	fmt.Println(digest(e))
	pow10 := new(big.Int).Exp(big.NewInt(10), big.NewInt(5000), nil)
	fmt.Println(digest(pow10), digest(new(big.Int).Sub(pow10, big.NewInt(1))))
}
