package main

type Node struct {
	val  int
	next *Node
}

//go:noinline
func link(a, b *Node) {
	a.next = b
}

//go:noinline
func second(n *Node) *Node {
	return n.next
}

//go:noinline
func main() {
	x := &Node{val: 1}
	y := &Node{val: 2}
	link(x, y)
	println(second(x).val)
}
