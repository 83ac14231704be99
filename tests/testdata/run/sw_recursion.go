package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [16]int
	pad[n%16] = n
	return depth(n-1) + 1 + pad[0]*0
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func permutations(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int(nil), xs...)}
	}
	var out [][]int
	for i := range xs {
		rest := append(append([]int(nil), xs[:i]...), xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{xs[i]}, p...))
		}
	}
	return out
}

func queens(n int) int {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	var place func(r int) int
	place = func(r int) int {
		if r == n {
			return 1
		}
		c := 0
		for col := 0; col < n; col++ {
			if cols[col] || d1[r+col] || d2[r-col+n] {
				continue
			}
			cols[col], d1[r+col], d2[r-col+n] = true, true, true
			c += place(r + 1)
			cols[col], d1[r+col], d2[r-col+n] = false, false, false
		}
		return c
	}
	return place(0)
}

func main() {
	fmt.Println(depth(200000))
	fmt.Println(ackermann(2, 3), ackermann(3, 5))
	moves := 0
	hanoi(16, "a", "c", "b", &moves)
	fmt.Println(moves)
	ps := permutations([]int{1, 2, 3, 4})
	fmt.Println(len(ps), ps[0], ps[23])
	fmt.Println(queens(8))
}
