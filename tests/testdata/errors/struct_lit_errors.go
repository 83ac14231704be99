package main

type P struct{ X, Y int }
type Q struct {
	P
	z int
}

func main() {
	_ = P{1}
	_ = P{1, 2, 3}
	_ = P{X: 1, 2}
	_ = P{Z: 1}
	_ = P{X: 1, X: 2}
	_ = P{X: "s"}
	_ = Q{X: 1}
	_ = []int{1: 1, "a": 2}
	_ = [2]int{1, 2, 3}
	_ = map[int]int{1}
	var p *P = &P{}
	_ = p.Z
	_ = P.X
	_ = struct{ a int }{b: 1}
}
