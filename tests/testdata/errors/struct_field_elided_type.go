package main

type T struct {
	n    int
	next *T
	kids []T
}

func main() {
	_ = &T{n: 1, next: {}}
	_ = T{1, {}, nil}
	_ = T{kids: []T{{n: 2}, {}}}
	_ = []*T{{n: 3}}
}
