package main

import "fmt"

func main() {
	var f float32 = 1.00000005960464477539062500000001
	const g float32 = 1.00000005960464477539062499999999
	fmt.Println(f, g, f == 1, float32(16777217.0000001))
	var c complex64 = complex(1.00000005960464477539062500000001, 0)
	fmt.Println(c)
}
