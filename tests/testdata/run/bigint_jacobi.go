package main

import (
	"fmt"
	"math/big"
)

func main() {
	for x := int64(-7); x <= 12; x++ {
		for _, y := range []int64{1, 3, 5, 7, 9, 15, 21, -3, -15, 1000003} {
			fmt.Print(big.Jacobi(big.NewInt(x), big.NewInt(y)), " ")
		}
		fmt.Println()
	}
	p, _ := new(big.Int).SetString("170141183460469231731687303715884105727", 10)
	fmt.Println(big.Jacobi(big.NewInt(2), p), big.Jacobi(big.NewInt(3), p), big.Jacobi(new(big.Int).Lsh(big.NewInt(12345), 70), p))
	defer func() { fmt.Println("recovered:", recover()) }()
	big.Jacobi(big.NewInt(3), big.NewInt(4))
}
