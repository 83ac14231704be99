package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs[K comparable, V any](keys []K, vals []V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := range keys {
			if !yield(keys[i], vals[i]) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func find(target int) (int, bool) {
	for i := range Count(100) {
		if i*i >= target {
			return i, true
		}
	}
	return -1, false
}

func named() (total int) {
	for i := range Count(5) {
		total += i
		if total > 5 {
			return
		}
	}
	return 99
}

func main() {
	for i := range Count(4) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for k, v := range Pairs([]string{"a", "b", "c"}, []int{1, 2, 3}) {
		if v == 2 {
			continue
		}
		fmt.Println(k, v)
	}
	for k := range Pairs([]string{"x", "y", "z"}, []bool{true, false, true}) {
		if k == "y" {
			break
		}
		fmt.Println("key", k)
	}
	fmt.Println(find(50))
	fmt.Println(find(100000))
	fmt.Println(named())
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	evens := Filter(Count(10), func(x int) bool { return x%2 == 0 })
	fmt.Println(slices.Collect(evens))
	sum := 0
	for v := range slices.Values([]int{1, 2, 3}) {
		sum += v
	}
	for i, v := range slices.All([]string{"p", "q"}) {
		fmt.Print(i, v, " ")
	}
	for i, v := range slices.Backward([]string{"p", "q"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println(sum)
	m := map[string]int{"a": 1, "b": 2}
	total := 0
	for k, v := range maps.All(m) {
		total += len(k) + v
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k)
	}
	fmt.Println(total)
	var fs []func() int
	for i := range Count(3) {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for range Count(2) {
		fmt.Print("tick ")
	}
	fmt.Println()
	var last int
	for last = range Count(7) {
	}
	fmt.Println(last)
}
