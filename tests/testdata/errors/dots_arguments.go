package main

func sum(xs ...int) int { return len(xs) }
func sum3(a, b, c int) int { return a + b + c }
func three() (int, int, int) { return 1, 2, 3 }

func main() {
	s := []int{1}
	_ = sum(three())
	_ = sum(three()...)
	_ = sum3(three()...)
	_ = append(s...)
	_ = append(s, 2, s...)
	_ = append()
	_ = sum(s...)
}
