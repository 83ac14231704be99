package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
)

func main() {
	for _, c := range []struct {
		s    string
		base int
	}{
		{"0", 0}, {"-0", 10}, {"+17", 10}, {"0x1F", 0}, {"0X_ff", 0}, {"0b1011", 0}, {"0o777", 0}, {"0777", 0},
		{"1_000_000", 0}, {"1__0", 0}, {"_1", 0}, {"1_", 0}, {"08", 0}, {"0x", 0}, {"", 10}, {"-", 10},
		{"zz", 36}, {"ZZ", 36}, {"zZ", 62}, {"1_0", 10}, {"0x10", 16}, {"123abc", 10}, {"ff", 16},
		{"101", 2}, {"102", 2}, {"18446744073709551616", 10}, {"-9223372036854775808", 10},
	} {
		z, ok := new(big.Int).SetString(c.s, c.base)
		fmt.Printf("%q base %d: %v %v\n", c.s, c.base, z, ok)
	}

	var nilInt *big.Int
	fmt.Println(nilInt.String())
	fmt.Printf("%v %d %s\n", nilInt, nilInt, nilInt)
	zero := new(big.Int)
	fmt.Printf("[%d] [%.0d] [%.3d] [%5.3d] [%x] [%#o] [%O] [% d] [%+x]\n", zero, zero, zero, big.NewInt(-7), zero, big.NewInt(8), big.NewInt(8), big.NewInt(3), big.NewInt(255))
	fmt.Printf("[%-10x] [%010d] [%10s] [%v] [%#b] [%q]\n", big.NewInt(-255), big.NewInt(-12), big.NewInt(99), big.NewInt(1), big.NewInt(5), big.NewInt(5))
	fmt.Println(fmt.Sprint(big.NewInt(-1)), fmt.Sprintf("%v", []*big.Int{big.NewInt(1), big.NewInt(2)}))
	var v big.Int
	fmt.Println(v.String(), v.Sign(), v.BitLen(), v.Int64())

	// division by negative numbers, both signs
	for _, p := range [][2]int64{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {6, 3}, {-6, 3}} {
		x, y := big.NewInt(p[0]), big.NewInt(p[1])
		q, r := new(big.Int).QuoRem(x, y, new(big.Int))
		d, m := new(big.Int).DivMod(x, y, new(big.Int))
		fmt.Println(p, q, r, d, m, new(big.Int).Div(x, y), new(big.Int).Mod(x, y))
	}

	// aliasing
	a := big.NewInt(10)
	a.Add(a, a)
	a.Mul(a, a)
	a.Sub(a, big.NewInt(1000))
	a.Quo(a, a)
	fmt.Println(a)
	b := big.NewInt(-12345)
	b.Mod(b, b)
	fmt.Println(b)
	c := big.NewInt(100)
	c.Exp(c, c, nil)
	fmt.Println(c.BitLen(), len(c.String()))

	fmt.Println(new(big.Int).Exp(big.NewInt(-2), big.NewInt(5), nil), new(big.Int).Exp(big.NewInt(-2), big.NewInt(5), big.NewInt(7)))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(-1), nil), new(big.Int).Exp(big.NewInt(3), big.NewInt(-2), big.NewInt(7)))
	fmt.Println(new(big.Int).Exp(big.NewInt(4), big.NewInt(-1), big.NewInt(8)), new(big.Int).Exp(big.NewInt(5), big.NewInt(0), big.NewInt(1)))
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)), new(big.Int).ModInverse(big.NewInt(-3), big.NewInt(11)), new(big.Int).ModInverse(big.NewInt(2), big.NewInt(4)))

	primes := []int64{0, 1, 2, 3, 4, 97, 561, 7919, 1000000007, 1000000008, 2147483647, -7}
	for _, p := range primes {
		fmt.Print(big.NewInt(p).ProbablyPrime(20), " ")
	}
	fmt.Println()
	m127 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1))
	m128 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	fmt.Println(m127.ProbablyPrime(10), m128.ProbablyPrime(10))

	fmt.Println(new(big.Int).MulRange(1, 20), new(big.Int).MulRange(-5, -1), new(big.Int).MulRange(-4, -1), new(big.Int).MulRange(-3, 3), new(big.Int).MulRange(5, 4))
	fmt.Println(new(big.Int).Binomial(100, 50), new(big.Int).Binomial(10, 11), new(big.Int).Binomial(10, 0))

	bs := big.NewInt(0x010203).Bytes()
	fmt.Println(bs, new(big.Int).SetBytes([]byte{0, 0, 1, 0}), big.NewInt(258).FillBytes(make([]byte, 4)), len(new(big.Int).Bytes()))
	for _, x := range []*big.Int{big.NewInt(1 << 53), m127, new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 60), big.NewInt(1)), big.NewInt(-3)} {
		f, acc := x.Float64()
		fmt.Println(f, acc)
	}
	fmt.Println(new(big.Int).Sqrt(big.NewInt(99)), new(big.Int).Sqrt(big.NewInt(100)), new(big.Int).Sqrt(new(big.Int).Mul(m127, m127)).Cmp(m127))

	js, err := json.Marshal(map[string]*big.Int{"n": m128, "z": nil})
	fmt.Println(string(js), err)
	var back struct{ N *big.Int }
	err = json.Unmarshal([]byte(`{"N": -123456789012345678901234567890}`), &back)
	fmt.Println(back.N, err)
	txt, _ := big.NewInt(-77).MarshalText()
	fmt.Println(string(txt))

	var s1, s2 big.Int
	n, err := fmt.Sscan("123456789012345678901234567890 -0x1f", &s1, &s2)
	fmt.Println(n, err, &s1, &s2)
	_, err = fmt.Sscanf("ff", "%x", &s1)
	fmt.Println(err, &s1)
	fmt.Println(strings.Repeat("=", 10))
	fmt.Println(big.NewInt(-5).Bit(0), big.NewInt(-5).Bit(1), big.NewInt(-5).Bit(100), new(big.Int).SetBit(big.NewInt(-1), 3, 0))
	fmt.Println(big.NewInt(-1).Uint64(), big.NewInt(-1).IsUint64(), new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 63)).IsInt64(), new(big.Int).Lsh(big.NewInt(1), 63).IsInt64())
	fmt.Println(new(big.Int).SetBits([]big.Word{1, 2}), len(big.NewInt(5).Bits()), big.MaxBase)
}
