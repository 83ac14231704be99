package main

import (
	"fmt"
	"math/big"
)

func main() {
	x := big.NewRat(3, -6)
	y := big.NewRat(5, 4)
	fmt.Println(x, y, x.RatString(), big.NewRat(4, 2).RatString(), new(big.Rat))
	fmt.Println(new(big.Rat).Add(x, y), new(big.Rat).Sub(x, y), new(big.Rat).Mul(x, y), new(big.Rat).Quo(x, y))
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Cmp(x), x.Sign(), new(big.Rat).Sign(), x.IsInt(), big.NewRat(6, 3).IsInt())
	fmt.Println(new(big.Rat).Neg(x), new(big.Rat).Abs(x), new(big.Rat).Inv(y), x.Num(), x.Denom(), new(big.Rat).Denom())
	for _, s := range []string{"3/4", "-3/4", "6/-4", "1.25", "-0.125", "1e3", "1.5e-3", "12E2", "0x10/0b11", "0x1.8p1", "1p-2", "abc", "1/0", "", ".5", "5.", "1_000", "0.1"} {
		r, ok := new(big.Rat).SetString(s)
		fmt.Printf("%q %v %v\n", s, r, ok)
	}
	third := big.NewRat(1, 3)
	for _, p := range []int{0, 1, 2, 5, 20} {
		fmt.Println(third.FloatString(p), big.NewRat(-2, 3).FloatString(p), big.NewRat(5, 2).FloatString(p), big.NewRat(-1, 3).FloatString(p), big.NewRat(7, 1).FloatString(p))
	}
	for _, r := range []*big.Rat{third, big.NewRat(1, 2), big.NewRat(-7, 8), big.NewRat(1, 10), new(big.Rat).SetFrac(new(big.Int).Lsh(big.NewInt(1), 200), big.NewInt(3))} {
		f, exact := r.Float64()
		fmt.Println(f, exact)
	}
	fmt.Println(new(big.Rat).SetFloat64(0.1), new(big.Rat).SetFloat64(-2.5), new(big.Rat).SetFloat64(1e20), new(big.Rat).SetInt64(-9), new(big.Rat).SetInt(big.NewInt(42)))

	// harmonic number H(50) exactly
	h := new(big.Rat)
	for i := int64(1); i <= 50; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println(h, h.FloatString(30))
	h.Mul(h, h)
	fmt.Println(h.Num().BitLen(), h.Denom().BitLen())
	var s1 big.Rat
	n, err := fmt.Sscan("22/7", &s1)
	fmt.Println(n, err, &s1)
	t, _ := big.NewRat(3, 9).MarshalText()
	fmt.Println(string(t))
	fmt.Printf("%v %s\n", big.NewRat(1, 7), big.NewRat(2, 8))
}
