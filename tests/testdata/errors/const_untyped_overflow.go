package main

import "fmt"

const maxInt = 1<<63 - 1
const huge = 1 << 500

func main() {
	fmt.Println(huge*huge > 0)
	fmt.Println(1 << 1075)
	const s = 1 << 511
	fmt.Println(s<<2 > 0, -(^s))
	fmt.Println(1e1000000000)
}
