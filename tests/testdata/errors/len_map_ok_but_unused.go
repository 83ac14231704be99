package main

func main() {
	m := map[int]int{}
	len(m)
}
