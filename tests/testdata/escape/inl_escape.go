package main

type Node struct {
	val  int
	next *Node
}

func newNode(v int) *Node { return &Node{val: v} }

var head *Node

//go:noinline
func push(v int) {
	n := newNode(v)
	n.next = head
	head = n
}

//go:noinline
func sumLocal() int {
	n := newNode(5)
	return n.val * 2
}

//go:noinline
func main() {
	push(1)
	push(2)
	println(head.val, head.next.val, sumLocal())
}
