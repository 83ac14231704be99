package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Num int

func (n Num) String() string { return strconv.Itoa(int(n)) }

type Lesser[T any] interface{ Less(T) bool }

func Join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

func Min[T Lesser[T]](a, b T) T {
	if a.Less(b) {
		return a
	}
	return b
}

func (n Num) Less(o Num) bool { return n < o }

func main() {
	fmt.Println(Join([]Num{1, 2}), Min(Num(3), Num(2)))
	fmt.Println(Join([]int{1}))
	fmt.Println(Min(1.5, 2.5))
	fmt.Println(Join[int](nil))
}
