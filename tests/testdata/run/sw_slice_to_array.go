package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	p := (*[2]int)(s)
	p[0] = 100
	a[1] = 200
	fmt.Println(a, *p, s)
	b := [0]int(s[:0])
	fmt.Println(b, len(b))
	var ns []int
	np := (*[0]int)(ns)
	fmt.Println(np == nil)
	defer func() { fmt.Println(recover()) }()
	_ = [8]int(s)
}
