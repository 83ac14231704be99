package main

import (
	"fmt"
	"math/big"
)

var seed uint64 = 12345

func next() uint64 {
	seed = seed*6364136223846793005 + 1442695040888963407
	return seed
}

// randInt builds a signed value of up to words*64 bits, with zero and small values mixed in.
func randInt(words int) *big.Int {
	z := new(big.Int)
	n := int(next() % uint64(words+1))
	for i := 0; i < n; i++ {
		z.Lsh(z, 64)
		z.Or(z, new(big.Int).SetUint64(next()))
	}
	if next()%4 == 0 {
		z.Rsh(z, uint(next()%100))
	}
	if next()%2 == 0 {
		z.Neg(z)
	}
	return z
}

func main() {
	for i := 0; i < 300; i++ {
		x := randInt(6)
		y := randInt(4)
		fmt.Println("x", x, "y", y)
		fmt.Println(" add", new(big.Int).Add(x, y), "sub", new(big.Int).Sub(x, y), "mul", new(big.Int).Mul(x, y))
		if y.Sign() != 0 {
			q, r := new(big.Int).QuoRem(x, y, new(big.Int))
			d, m := new(big.Int).DivMod(x, y, new(big.Int))
			fmt.Println(" quorem", q, r, "divmod", d, m)
		}
		fmt.Println(" and", new(big.Int).And(x, y), "or", new(big.Int).Or(x, y), "xor", new(big.Int).Xor(x, y), "andnot", new(big.Int).AndNot(x, y), "not", new(big.Int).Not(x))
		s := uint(next() % 130)
		fmt.Println(" lsh", new(big.Int).Lsh(x, s), "rsh", new(big.Int).Rsh(x, s), "bit", x.Bit(int(s)), "setbit", new(big.Int).SetBit(x, int(s), uint(next()%2)))
		fmt.Println(" cmp", x.Cmp(y), x.CmpAbs(y), "sign", x.Sign(), "bitlen", x.BitLen(), "tz", x.TrailingZeroBits())
		g, a, b := new(big.Int), new(big.Int), new(big.Int)
		g.GCD(a, b, x, y)
		fmt.Println(" gcd", g, a, b)
		fmt.Println(" text", x.Text(2), x.Text(7), x.Text(36), x.Text(62))
		fmt.Printf(" fmt %x %X %o %b %#x %+d\n", x, x, x, x, x, x)
		fmt.Println(" int64", x.Int64(), x.IsInt64(), x.Uint64(), x.IsUint64())
		ax := new(big.Int).Abs(x)
		fmt.Println(" sqrt", new(big.Int).Sqrt(ax))
		m := new(big.Int).Abs(y)
		if m.Sign() != 0 {
			fmt.Println(" exp", new(big.Int).Exp(x, big.NewInt(int64(next()%50)), m))
		}
		back, ok := new(big.Int).SetString(x.Text(13), 13)
		fmt.Println(" round", back.Cmp(x), ok)
	}
}
