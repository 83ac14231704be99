package main

const (
	_ byte = 255 + iota
	/* gap */
	_
	_, _
)

const (
	ok = byte(iota + 253)
	bad
	barn
	bard
)

func main() {}
