package main

func main() {
	ch := make(chan int)
	s := []int{}
	m := map[int]int{}
	_ = len()
	_ = len(s, s)
	close()
	close(ch, ch)
	_ = cap(s, 1)
	_ = make()
	_ = copy(s)
	delete(m)
	delete(m, 1, 2)
	_ = new()
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
