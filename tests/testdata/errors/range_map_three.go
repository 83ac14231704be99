package main

func main() {
	m := map[int]int{}
	for k, v := range m {
		_ = k
	}
}
