package main

type R interface{ Read() int }
type RC interface {
	R
	Close()
}

func main() {
	var x RC
	var s string = x.Read()
	_ = s
}
