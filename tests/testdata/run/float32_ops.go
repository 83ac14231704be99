// float32 arithmetic rounds to single precision at each step.
package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, a-b)
	var acc float32
	for i := 0; i < 10; i++ {
		acc += 0.1
	}
	fmt.Println(acc, acc == 1)
	var big float32 = 16777216
	fmt.Println(big+1, big+2)
	x := float32(1) / 3
	fmt.Println(x, float64(x), x*3)
	fs := []float32{1.5, 2.25, -0.125}
	var sum float32
	for _, v := range fs {
		sum += v
	}
	fmt.Println(sum)
}
