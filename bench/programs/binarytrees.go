// binarytrees: allocate many complete binary trees and walk them, to exercise the
// allocator (and, later, the garbage collector). Trees of depth minDepth..maxDepth are
// built in batches; one long-lived tree stays reachable the whole time.
//
// usage: binarytrees MAXDEPTH
package main

import (
	"fmt"
	"os"
)

type node struct {
	left, right *node
}

func build(depth int) *node {
	if depth == 0 {
		return &node{}
	}
	return &node{build(depth - 1), build(depth - 1)}
}

func (t *node) count() int {
	if t.left == nil {
		return 1
	}
	return 1 + t.left.count() + t.right.count()
}

// atoi parses a non-negative decimal argument by hand, so that the program needs only fmt
// and os from the standard library.
func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

func main() {
	maxDepth := 10
	if len(os.Args) > 1 {
		maxDepth = atoi(os.Args[1])
	}
	const minDepth = 4
	if maxDepth < minDepth+2 {
		maxDepth = minDepth + 2
	}
	stretch := build(maxDepth + 1)
	fmt.Printf("stretch tree of depth %d\t check: %d\n", maxDepth+1, stretch.count())
	stretch = nil
	longLived := build(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		iterations := 1 << uint(maxDepth-d+minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += build(d).count()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iterations, d, check)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, longLived.count())
}
