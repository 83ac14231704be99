package main

import "os"

func main() {
	var s []int
	var m map[string]int
	var c chan int
	var f func()
	var e interface{}
	var err error
	var p *int
	println(s, m, c, f, e, err, p)
	s = make([]int, 2, 5)
	print(len(s), "\n")
	e = 1
	var q interface{} = nil
	println(q == nil, e != nil)
	os.Exit(3) // so that the test compares stderr
}
