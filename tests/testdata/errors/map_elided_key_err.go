package main

type K struct{ a int }

func main() {
	_ = map[K]int{{a: "s"}: 1}
}
