package main

import "fmt"


func main() {
	var x uint8 = 255
	var y int8 = int8(x)
	fmt.Println(y, uint16(y), uint64(y), int(uint32(1<<31)))
	f := 3.99
	fmt.Println(int(f), int(-f), uint(f), int8(f), int64(f*1e18))
	var big float64 = 1e19
	fmt.Println(uint64(big), int32(int64(big)))
	r := 'é'
	fmt.Println(r, string(r), byte(r), []byte(string(r)))
	s := string(rune(-1))
	fmt.Println(s == "\uFFFD", len(s))
}
