package main

type Box struct{ v int }

//go:noinline
func make2(v int) (b *Box) {
	b = &Box{v}
	return
}

//go:noinline
func unwrap(b *Box) (v int) {
	v = b.v
	return
}

//go:noinline
func main() {
	println(unwrap(make2(6)))
}
