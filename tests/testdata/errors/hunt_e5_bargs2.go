package main

func main() {
	s := []int{}
	m := map[int]int{}
	_ = new(int, 2)
	panic()
	panic(1, 2)
	_ = complex(1)
	_ = real()
	_ = min()
	clear()
	clear(s, m)
	_ = append()
	recover(1)
}
