package main

import (
	"fmt"
	"iter"
	"maps"
	"runtime"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  count cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  stopped at", i)
				return
			}
		}
	}
}

// zip pairs two sequences, pulling from both.
func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

// merge merges two sorted sequences.
func merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		x, okx := na()
		y, oky := nb()
		for okx || oky {
			if okx && (!oky || x <= y) {
				if !yield(x) {
					return
				}
				x, okx = na()
			} else {
				if !yield(y) {
					return
				}
				y, oky = nb()
			}
		}
	}
}

func main() {
	fmt.Println("exhaust:")
	next, stop := iter.Pull(count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("got", v)
	}
	fmt.Println(next())
	stop()

	fmt.Println("stop early:")
	next, stop = iter.Pull(count(10))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	stop()
	fmt.Println(next())

	fmt.Println("stop before next:")
	_, stop = iter.Pull(count(5))
	stop()

	fmt.Println("zip:")
	for a, b := range zip(slices.Values([]string{"a", "b", "c"}), count(10)) {
		fmt.Println(a, b)
	}
	fmt.Println("merge:", slices.Collect(merge(slices.Values([]int{1, 4, 6, 9}), slices.Values([]int{2, 3, 7, 10, 11}))))

	fmt.Println("pull2:")
	m := map[string]int{"x": 1}
	n2, s2 := iter.Pull2(maps.All(m))
	fmt.Println(n2())
	fmt.Println(n2())
	s2()
	n3, s3 := iter.Pull2(slices.All([]string{"p", "q", "r"}))
	fmt.Println(n3())
	s3()
	fmt.Println(n3())

	// Finished iterators leave no goroutine behind.
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
