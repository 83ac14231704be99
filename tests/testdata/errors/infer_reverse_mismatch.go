package main

func f2[P any]() P     { var x P; return x }
func f4[P any](P, P)   {}
func f5[P any](P) []P  { return nil }
func f3[P, Q any](P) Q { var x Q; return x }

func g1(func(int)) {}

var v1 = f4
var v2 func(int) = f2
var v7 func(int, string) = f4
var v8 func(int) int = f3[string]

func h() func(string) []int {
	return f5
}

func main() {
	var a [2]func(string, int)
	a[0] = f4
	g1(f2)
	_, _, _, _ = v1, v2, v7, v8
}
