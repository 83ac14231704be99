package main

type Node struct {
	v    int
	next *Node
}

//go:noinline
func build(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{i, head}
	}
	return head
}

//go:noinline
func count(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		t := &Node{v: i}
		total += t.v
	}
	return total
}

//go:noinline
func main() {
	s := 0
	for p := build(5); p != nil; p = p.next {
		s += p.v
	}
	println(s, count(10))
}
