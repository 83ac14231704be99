// Binary trees: many short-lived trees are built and checked while a long-lived
// tree and a slice of medium-lived trees must survive every collection intact.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	left, right *node
	val         int
}

func build(depth, val int) *node {
	if depth == 0 {
		return &node{val: val}
	}
	return &node{build(depth-1, 2*val), build(depth-1, 2*val+1), val}
}

func (t *node) check() int {
	if t.left == nil {
		return t.val
	}
	return t.val + t.left.check() - t.right.check()
}

func (t *node) count() int {
	if t.left == nil {
		return 1
	}
	return 1 + t.left.count() + t.right.count()
}

func main() {
	long := build(16, 1)
	want := long.check()
	var medium []*node
	for round := 0; round < 8; round++ {
		sum := 0
		for i := 0; i < 40; i++ {
			sum += build(12, i).check()
		}
		medium = append(medium, build(10, round))
		if round%3 == 2 {
			runtime.GC()
		}
		fmt.Println("round", round, sum, long.check() == want)
	}
	total := 0
	for i, m := range medium {
		total += m.count() + m.check()*i
	}
	fmt.Println("medium", len(medium), total)
	fmt.Println("long", long.count(), long.check())
}
