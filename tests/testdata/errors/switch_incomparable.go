package main

type I interface{ M() }

func main() {
	var m, m1 map[int]int
	switch m {
	case nil:
	case m1:
	}
	var a, a1 []int
	switch a {
	case nil, a1:
	}
	var f, f1 func()
	switch f {
	case f1:
	}
	var ar, ar1 [4]func()
	switch ar {
	case ar1:
	}
	var r interface{}
	switch _ := r.(type) {
	}
	new = 1
	var s struct{ a, b, c int }
	s = struct{ a, b, c int }{1, b: 2}
	_ = s
}
