package main

type Holder struct{ p *int }

//go:noinline
func get(h *Holder) int {
	return *h.p
}

//go:noinline
func local() int {
	x := 8
	h := Holder{&x}
	return get(&h)
}

var hs *Holder

//go:noinline
func global() {
	y := 9
	hs = &Holder{&y}
}

//go:noinline
func main() {
	global()
	println(local(), *hs.p)
}
