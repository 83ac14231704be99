package main

import "fmt"

func Len[S ~[]E, E any](s S) int { return len(s) }

func First[S ~[]E, E any](s S) E { return s[0] }

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Sum[S ~[]E, E ~int | ~float64](s S) E {
	var t E
	for i := range s {
		t += s[i]
	}
	return t
}

func Bytes[T ~string | ~[]byte](x T) int {
	n := 0
	for i := 0; i < len(x); i++ {
		n += int(x[i])
	}
	return n
}

func Clone[S ~[]E, E any](s S) S {
	return append(S(nil), s...)
}

type IDs []int
type Name string

func main() {
	ids := IDs{4, 5, 6}
	fmt.Println(Len(ids), First(ids), Sum(ids))
	fmt.Println(Keys(map[string]int{"a": 1, "b": 2}))
	fmt.Println(Bytes("AB"), Bytes([]byte{1, 2}), Bytes(Name("a")))
	c := Clone(ids)
	c[0] = 99
	fmt.Printf("%T %v %v\n", c, c, ids)
	fmt.Println(Sum([]float64{0.5, 0.25}))
	arr := [3]int{1, 2, 3}
	fmt.Println(Len(arr[:]))
}
