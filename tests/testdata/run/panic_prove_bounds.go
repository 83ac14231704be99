// Bounds and nil checks that the optimiser must keep: a loop bound other than the
// slice's length, an index counting down or starting negative, a repeated check of the
// same index, and a pointer that was nil-checked on another path only.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func sumTo(s []int, n int) (total int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r)
		}
	}()
	for i := 0; i < n; i++ {
		total += s[i]
	}
	return total, ""
}

// (gc's message for a negative index has no length; only whether it panics is printed)
func fromNeg(s []int, start int) (total int, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			panicked = true
		}
	}()
	for i := start; i < len(s); i++ {
		total += s[i] + s[i]
	}
	return total, false
}

func down(s []int) int {
	t := 0
	for i := len(s) - 1; i >= 0; i-- {
		t = t*3 + s[i]
	}
	return t
}

func length(p *node, check bool) (n int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r)
		}
	}()
	if check && p != nil {
		n = p.val
	}
	n += p.val
	for q := p.next; q != nil; q = q.next {
		n += q.val
	}
	return n, ""
}

func main() {
	s := []int{4, 5, 6}
	fmt.Println(sumTo(s, 3))
	fmt.Println(sumTo(s, 4))
	fmt.Println(fromNeg(s, 0))
	fmt.Println(fromNeg(s, -2))
	fmt.Println(down(s), down(nil))
	l := &node{1, &node{2, &node{3, nil}}}
	fmt.Println(length(l, true))
	fmt.Println(length(nil, true))
	var arr [4]int
	for i := range arr {
		arr[i] = i * i
	}
	k := 5
	fmt.Println(arr, arr[k%4])
	fmt.Println(s[k])
}
