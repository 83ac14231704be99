package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	inputs := []string{"42", "-17", "0x1F", "0b101", "0o17", "1_000", "abc", "99999999999999999999", "", " 5", "+3", "-0"}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		m, err2 := strconv.ParseInt(s, 0, 64)
		fmt.Printf("%-22q Atoi=%d,%v ParseInt0=%d,%v\n", s, n, err, m, err2)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("   func", ne.Func, "num", ne.Num, "err", ne.Err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		}
	}
	for _, s := range []string{"3.14", "1e10", "-0.0", "inf", "-Inf", "NaN", "1e400", "0x1p-2", ".5", "5.", "1_0.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	u, err := strconv.ParseUint("255", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	i8, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(i8, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(math.MaxUint64, 36))
	for _, f := range []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456789, math.Inf(1), math.NaN(), 0.1 + 0.2} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'f', 2, 64))
	}
	fmt.Println(strconv.Quote("tab\there \"q\" é \x00"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\nb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	b := []byte("n=")
	b = strconv.AppendInt(b, 42, 10)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "x")
	b = strconv.AppendBool(b, false)
	fmt.Println(string(b))
	fmt.Println(strconv.Itoa(math.MinInt64), strconv.IntSize)
	var x float64 = 2.5
	var y float32 = 1.1
	fmt.Println(int(x), int(-x), int64(y*10), float32(x), float64(y), uint8(int(x)+254))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Floor(-1.5), math.Ceil(1.2), math.Trunc(-1.7), math.RoundToEven(2.5))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), []byte("é"), []rune("héllo"), string([]rune{104, 105}))
}
