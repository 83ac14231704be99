package main

func two() (int, string) { return 1, "" }

func f() (string, int) {
	return two()
}

func g(a int, b int) {}

func main() {
	m := map[string]int{}
	var v int
	var ok string
	v, ok = m["a"]
	var x interface{} = 1
	var n int
	var good string
	n, good = x.(int)
	var c chan int
	var r string
	r, ok = <-c
	g(two())
	_, _, _, _, _ = v, ok, n, good, r
}
