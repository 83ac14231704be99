package main

import (
	"fmt"
	"math/big"
)

func main() {
	vals := []*big.Float{big.NewFloat(1000), big.NewFloat(-0.375), big.NewFloat(0), big.NewFloat(1e-10), new(big.Float).SetPrec(100).SetInt64(3), new(big.Float).SetInf(true), big.NewFloat(123.456)}
	for _, v := range vals {
		fmt.Printf("%b|%v|%s|%.3e|%10.2f|%-10.1f|%+g|% g|%010.3f|%G|%.0f|%.15g|%e\n", v, v, v, v, v, v, v, v, v, v, v, v, v)
		fmt.Println(v.Text('p', 0), v.Text('b', 0), v.Text('g', -1), v.Text('f', -1), v.Text('e', -1), v.Text('G', 4))
	}
	fmt.Printf("%d %q\n", big.NewFloat(1), big.NewFloat(2))
	var nilF *big.Float
	fmt.Printf("%v\n", nilF)
}
