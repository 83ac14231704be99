package main

func big(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		if i%3 == 0 {
			s += i * i
		} else if i%3 == 1 {
			s -= i
		} else {
			s ^= i << 2
		}
		if s > 1000 {
			s %= 997
		}
		for j := 0; j < i; j++ {
			s += j & 7
			s ^= j * 31
			s += (j << 1) | 1
		}
	}
	return s
}

func small(n int) int { return n + 1 }

//go:noinline
func main() {
	println(big(20), small(4))
}
