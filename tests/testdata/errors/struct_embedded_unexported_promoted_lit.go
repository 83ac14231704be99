package main

type inner struct{ a int }
type outer struct{ inner }

func main() {
	_ = outer{b: 1}
}
