package main

const x, y = 1
const (
	p = 1
	q, r
)
var u, v, w = 1, 2

func main() {
	const e, f = 1
	var s, t, z = 1, 2
	_, _, _ = s, t, z
}
