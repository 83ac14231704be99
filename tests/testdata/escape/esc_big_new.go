package main

type Big struct{ data [100000]int }

//go:noinline
func big() int {
	b := new(Big)
	b.data[5] = 3
	return b.data[5]
}

//go:noinline
func small() int {
	type Small struct{ data [16]int }
	s := new(Small)
	s.data[2] = 4
	return s.data[2]
}

//go:noinline
func main() {
	println(big(), small())
}
