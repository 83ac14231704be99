package main

import "fmt"

// Pointers into the stack must follow it when it is copied: non-escaping &x passed
// down a deep recursion, structs on the stack holding pointers to other stack
// variables, closures allocated on the stack capturing locals, and slices of stack
// arrays.

type pair struct {
	a, b *int
}

func down(n int, p *int, q pair, arr []int) int {
	if n == 0 {
		*p += 1
		*q.a += 10
		*q.b += 100
		arr[0]++
		return *p + *q.a + *q.b + arr[0]
	}
	var local [8]int
	local[n%8] = n
	r := down(n-1, p, q, arr)
	return r + local[n%8] - n
}

func apply(n int, f func(int) int) int {
	if n == 0 {
		return f(1)
	}
	var pad [32]byte
	pad[n%32] = byte(n)
	return apply(n-1, f) + int(pad[n%32]) - int(byte(n))
}

func viaClosure(depth int) int {
	x, y := 5, 7
	add := func(v int) int { // does not escape: lives in this frame
		x += v
		return x * y
	}
	r := apply(depth, add)
	return r + x + y
}

func work(depth int) string {
	a, b, c := 1, 2, 3
	arr := [4]int{40, 41, 42, 43}
	r := down(depth, &a, pair{&b, &c}, arr[:])
	return fmt.Sprint(r, a, b, c, arr, viaClosure(depth))
}

func main() {
	done := make(chan string)
	for _, d := range []int{10, 1000, 20000, 100000} {
		go func(d int) { done <- work(d) }(d)
		fmt.Println(<-done)
	}
	fmt.Println(work(5000))
}
