package main

func two() (int, int) { return 1, 2 }

var g1, g2 = two(), 1

func f() (int, int) {
	return two(), 1
}

func h() int {
	return two()
}

func main() {
	x, y := two(), 1
	var a, b = 1, two()
	x, y = two(), 2
	var c int = two()
	_, _, _, _, _ = x, y, a, b, c
	println(two(), 1)
	_ = []int{two()}
	_ = two() + 1
}
