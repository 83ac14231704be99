package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	x := big.NewFloat(1.5)
	y := big.NewFloat(-0.1)
	fmt.Println(x, y, x.Prec(), y.Prec(), x.Mode(), x.Acc())
	fmt.Println(new(big.Float).Add(x, y), new(big.Float).Sub(x, y), new(big.Float).Mul(x, y), new(big.Float).Quo(x, y))
	two := new(big.Float).SetPrec(200).SetInt64(2)
	r := new(big.Float).SetPrec(200).Sqrt(two)
	fmt.Println(r.Text('f', 55), r.Acc())
	fmt.Println(r.Text('g', 30), r.Text('e', 20), r.String())
	fmt.Printf("%.40f %g %v %.10e %12.4f| %-12.3f| %+.2f %08.3f\n", r, r, r, r, r, r, r, r)
	third := new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(third, third.Text('g', -1), third.Text('f', 20), third.Acc())
	for _, v := range []float64{0, 1, -1, 0.1, 1e100, 1.0 / 3, 123456789.125, 5e-324, math.MaxFloat64, 2.5, 0.5, 100} {
		f := big.NewFloat(v)
		g, acc := f.Float64()
		fmt.Println(f, f.Text('e', -1), f.Text('f', 3), f.Text('g', 3), f.Text('G', 12), g == v, acc, f.MinPrec(), f.IsInt())
	}
	for _, s := range []string{"1.5", "-2.25e10", "1e-20", "0.1", "123456789012345678901234567890", "Inf", "-inf", "abc", "0x1p-3", "-0"} {
		f, ok := new(big.Float).SetString(s)
		fmt.Println(s, f, ok)
	}
	big1 := new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil))
	fmt.Println(big1, big1.Prec(), big1.IsInt())
	i, acc := new(big.Float).Quo(big.NewFloat(-7), big.NewFloat(2)).Int(nil)
	fmt.Println(i, acc)
	i64, acc := big.NewFloat(1e30).Int64()
	fmt.Println(i64, acc)
	u64, acc := big.NewFloat(-3).Uint64()
	fmt.Println(u64, acc)
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Cmp(x), new(big.Float).Cmp(new(big.Float).Neg(new(big.Float))), x.Sign(), new(big.Float).Sign())
	inf := new(big.Float).SetInf(false)
	fmt.Println(inf, new(big.Float).SetInf(true), inf.IsInf(), new(big.Float).Add(inf, x), inf.Cmp(x))
	m := new(big.Float)
	e := big.NewFloat(12).MantExp(m)
	fmt.Println(m, e, new(big.Float).SetMantExp(big.NewFloat(0.75), 4))
	z := new(big.Float).SetPrec(10).SetMode(big.ToZero)
	z.Quo(big.NewFloat(2), big.NewFloat(3))
	fmt.Println(z, z.Acc(), z.Prec(), z.Mode())
	for _, mode := range []big.RoundingMode{big.ToNearestEven, big.ToNearestAway, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf} {
		a := new(big.Float).SetPrec(4).SetMode(mode)
		a.SetFloat64(2.5625)
		b := new(big.Float).SetPrec(4).SetMode(mode)
		b.SetFloat64(-2.5625)
		fmt.Println(mode, a, a.Acc(), b, b.Acc())
	}
	rat := big.NewRat(1, 7)
	fr := new(big.Float).SetPrec(100).SetRat(rat)
	fmt.Println(fr.Text('g', 25))
	back, _ := fr.Rat(nil)
	fmt.Println(back.FloatString(30))
	// pi by Machin's formula at 300 bits
	prec := uint(300)
	atanInv := func(n int64) *big.Float {
		x := new(big.Float).SetPrec(prec).Quo(new(big.Float).SetPrec(prec).SetInt64(1), new(big.Float).SetPrec(prec).SetInt64(n))
		x2 := new(big.Float).SetPrec(prec).Mul(x, x)
		sum := new(big.Float).SetPrec(prec).Set(x)
		term := new(big.Float).SetPrec(prec).Set(x)
		eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -int(prec))
		for k := int64(1); ; k++ {
			term.Mul(term, x2)
			t := new(big.Float).SetPrec(prec).Quo(term, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
			if t.Cmp(eps) < 0 {
				break
			}
			if k%2 == 1 {
				sum.Sub(sum, t)
			} else {
				sum.Add(sum, t)
			}
		}
		return sum
	}
	pi := new(big.Float).SetPrec(prec).Mul(new(big.Float).SetPrec(prec).SetInt64(4),
		new(big.Float).SetPrec(prec).Sub(new(big.Float).SetPrec(prec).Mul(new(big.Float).SetPrec(prec).SetInt64(4), atanInv(5)), atanInv(239)))
	fmt.Println(pi.Text('f', 80))
	fmt.Printf("%.30g %s\n", pi, pi.String())
	var sc big.Float
	n, err := fmt.Sscan("3.25", &sc)
	fmt.Println(n, err, &sc)
}
