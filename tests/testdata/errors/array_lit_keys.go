package main

func main() {
	i := 1
	_ = []int{1: 1, "a": 2}
	_ = [2]int{1, 2, 3}
	_ = [2]int{5: 1}
	_ = [...]int{-1: 1}
	_ = []int{i: 1}
	_ = []int{1.5: 1}
	_ = []int{0: 1, 0: 2}
	_ = [3]int{2: 1, 1, 2}
	_ = []int{1 << 70: 1}
	_ = []string{0: "a", 1: 2}
}
