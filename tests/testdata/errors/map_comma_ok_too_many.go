package main

func main() {
	m := map[string]int{}
	a, b, c := m["x"]
	_, _, _ = a, b, c
}
