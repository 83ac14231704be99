package main

import "os"

func two() (int, string) { return 4, "four" }

func three[T any](x T) (T, bool, float64) { return x, true, 1.5 }

func main() {
	println(two())
	print(two())
	println()
	println(three[int8](-3))
	println(three("s"))
	os.Exit(3) // so that the test compares stderr
}

func init() {
	defer println(two())
	defer println(three(2.5))
}
