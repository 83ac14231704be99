package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  stopped at", i)
				return
			}
		}
		fmt.Println("  exhausted")
	}
}

func pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func find(n int) int {
	for x := range count(10) {
		if x*x > n {
			return x
		}
	}
	return -1
}

func deferInLoop() (out []int) {
	for x := range count(3) {
		defer func() { out = append(out, x) }()
	}
	return nil
}

type List struct {
	v    int
	next *List
}

func (l *List) All() func(func(int) bool) {
	return func(yield func(int) bool) {
		for p := l; p != nil; p = p.next {
			if !yield(p.v) {
				return
			}
		}
	}
}

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var n8 int8 = 4
	for i := range n8 {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	for x := range count(5) {
		if x == 1 {
			continue
		}
		if x == 3 {
			break
		}
		fmt.Println("got", x)
	}
	for i, s := range pairs([]string{"a", "b", "c"}) {
		fmt.Println(i, s)
	}
	fmt.Println(find(20))
	fmt.Println(deferInLoop())
	l := &List{1, &List{2, &List{3, nil}}}
	sum := 0
	for v := range l.All() {
		sum += v
	}
	fmt.Println("sum", sum)
outer:
	for a := range count(3) {
		for b := range count(3) {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			fmt.Println(a, b)
		}
	}
	var fs []func() int
	for x := range count(3) {
		fs = append(fs, func() int { return x })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
	for range count(2) {
		fmt.Println("body")
	}
}
