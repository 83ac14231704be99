// Register allocation under pressure: more live values than registers (ints and
// float64s), values live across calls, phis that swap (parallel-move cycles) and
// loop-carried floats.
package main

import "fmt"

//go:noinline
func mix(a, b int) int { return a*31 + b }

func manyLive(n int) int {
	a, b, c, d, e, f, g, h := n, n+1, n+2, n+3, n+4, n+5, n+6, n+7
	i, j, k, l, m, o, p, q := n*2, n*3, n*4, n*5, n*6, n*7, n*8, n*9
	for t := 0; t < 5; t++ {
		a, b, c, d = b, c, d, a // a rotation: a cycle of moves on the back edge
		e, f = f, e
		g += h * t
		i, j, k, l, m, o, p, q = j, k, l, m, o, p, q, i
	}
	s := mix(a, b) + mix(c, d) + mix(e, f) + mix(g, h)
	return s + mix(i, j) + mix(k, l) + mix(m, o) + mix(p, q) + a*b*c*d*e*f*g*h
}

func floats(n int) (float64, float64) {
	x, y, z := 1.0, 2.0, 3.0
	u, v, w := 0.5, 0.25, 0.125
	for k := 0; k < n; k++ {
		x, y, z = y, z, x
		u, v, w = u+x*0.5, v-y*0.25, w*1.0001+z
		if u > 100 {
			u = u / 3
		}
	}
	return x + y + z, u*v - w
}

func acrossCalls(xs []int) int {
	total, prev := 0, 1
	for idx, x := range xs {
		t := mix(x, prev) // prev, total and idx live across this call
		total += t % 1000
		prev = x + idx
	}
	return total + prev
}

func divs(x int64, u uint64) []int64 {
	return []int64{x / 2, x % 2, x / 16, x % 16, x / -8, x % -8, x / 7, x % 7,
		int64(u / 8), int64(u % 8), int64(u / 10), int64(u % 10), x / 1, x % 1, x / -1, x % -1}
}

func main() {
	fmt.Println(manyLive(3), manyLive(-7))
	fmt.Println(floats(10))
	fmt.Println(floats(1000))
	fmt.Println(acrossCalls([]int{5, 9, 2, 7, 3, 1, 8}))
	for _, x := range []int64{0, 1, -1, 15, -15, 16, -17, 1 << 62, -1 << 63, 1<<63 - 1} {
		fmt.Println(divs(x, uint64(x)))
	}
	zero := 0.0
	nan := zero / zero
	vals := []float64{0, -zero, 1, nan, 1 / zero}
	for _, a := range vals {
		for _, b := range vals {
			fmt.Print(a == b, a != b, a < b, a >= b, " ")
		}
		fmt.Println()
	}
}
