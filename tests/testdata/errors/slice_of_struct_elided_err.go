package main

type P struct{ X int }

func main() {
	_ = []P{{X: "a"}}
}
