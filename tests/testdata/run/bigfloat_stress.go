package main

import (
	"fmt"
	"math"
	"math/big"
)

var seed uint64 = 7

func next() uint64 {
	seed = seed*6364136223846793005 + 1442695040888963407
	return seed >> 11
}

func randFloat() float64 {
	m := float64(next()) / float64(1<<53)
	e := int(next()%80) - 40
	f := math.Ldexp(m, e)
	if next()%3 == 0 {
		f = -f
	}
	if next()%17 == 0 {
		f = math.Floor(f * 1000)
	}
	return f
}

func main() {
	modes := []big.RoundingMode{big.ToNearestEven, big.ToNearestAway, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf}
	for i := 0; i < 250; i++ {
		prec := uint(next()%120 + 2)
		mode := modes[next()%6]
		a, b := randFloat(), randFloat()
		x := new(big.Float).SetPrec(prec).SetMode(mode).SetFloat64(a)
		y := new(big.Float).SetPrec(prec).SetMode(mode).SetFloat64(b)
		fmt.Println(prec, mode, x, x.Acc(), y, y.Acc())
		for _, op := range []string{"+", "-", "*", "/"} {
			z := new(big.Float).SetPrec(prec).SetMode(mode)
			switch op {
			case "+":
				z.Add(x, y)
			case "-":
				z.Sub(x, y)
			case "*":
				z.Mul(x, y)
			case "/":
				if y.Sign() == 0 {
					continue
				}
				z.Quo(x, y)
			}
			f, acc := z.Float64()
			fmt.Printf(" %s %v %v %.12e %.5f %g %v %v\n", op, z, z.Acc(), z, z, f, acc, z.MinPrec())
		}
		ax := new(big.Float).Abs(x)
		s := new(big.Float).SetPrec(prec).Sqrt(ax)
		fmt.Println(" sqrt", s, s.Text('g', 20), s.Text('e', 5), s.Text('f', 0), x.Cmp(y), x.IsInt())
		n, acc := x.Int(nil)
		i64, acc2 := x.Int64()
		fmt.Println(" int", n, acc, i64, acc2, x.MantExp(nil))
	}
}
