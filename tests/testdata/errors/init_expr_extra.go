package main

const a = 1, 2
const (
	b, c = 1, 2
	d
)

func main() {
	const e = 1, 2
	var f = 1, 2
	var g, h = 1
	_, _, _ = f, g, h
	const (
		x, y = 1, 2
		z
	)
}
