package main

const big = 1 << 64

func f(x interface{}) {}

func main() {
	println(big, 1e400)
	_ = big
	i := 1e400
	_ = i
	f(big)
	var ch = make(chan int)
	ch <- big
	m := map[string]int{}
	m["a"] = big
	_ = []int{big}
	_ = [...]float32{1e300}
	x, _ := big, 2
	_ = x
	switch big {
	}
}
