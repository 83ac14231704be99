package main

import "fmt"

var calls int

func arr() *[5]int {
	calls++
	return nil
}

func val() [3]string {
	calls++
	return [3]string{"a", "b", "c"}
}

func main() {
	c := make(chan *[7]byte, 1)
	c <- nil
	fmt.Println(len(arr()), cap(arr()), len(val()), cap(val()), len(<-c), calls)
	for i := range arr() {
		fmt.Print(i)
	}
	fmt.Println()
	var m = map[string]*[4]int{}
	fmt.Println(len(m["x"]))
}

func init() {
	calls = 0
	for i := range val() {
		fmt.Print(i)
	}
	for range val() {
	}
	var a [2]int
	for i := range a {
		fmt.Print(i)
	}
	fmt.Println(" init calls", calls)
}

var order []string

func slot(name string, p *int) *int {
	order = append(order, name)
	return p
}

func init() {
	var k, v int
	m := map[int]int{}
	for *slot("k", &k), *slot("v", &v) = range []int{10, 20, 30} {
		m[k] = v
	}
	fmt.Println(order, m)
	order = nil
	keys := make([]int, 3)
	idx := 0
	for keys[func() int { idx++; return idx - 1 }()] = range [3]string{} {
	}
	fmt.Println(keys, idx)
}
