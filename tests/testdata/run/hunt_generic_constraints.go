package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Numeric interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Meters int
type Score float32

func SumMap[K comparable, V Numeric](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		r[k] = struct{}{}
	}
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

type Stringer interface{ String() string }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T, ok bool) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best, ok = x, true
		}
	}
	return
}

type Number interface{ ~int | ~float64 }

func Clamp[T Number](v, lo, hi T) T { return max(lo, min(v, hi)) }

func main() {
	fmt.Println(SumMap(map[string]Meters{"a": 3, "b": 4}), SumMap(map[int]Score{1: 1.5, 2: 2.25}))
	fmt.Println(Keys(map[string]bool{"z": true, "a": false, "m": true}))
	s := NewSet(1, 2, 3).Union(NewSet(3, 4))
	ks := make([]int, 0)
	for k := range s {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	fmt.Println(ks, s.Has(4), s.Has(9), len(s))
	r1 := Try(func() (int, error) { return 42, nil })
	r2 := Try(func() (string, error) { return "", errors.New("nope") })
	fmt.Println(r1, r2)
	fmt.Println(JoinAll([]Result[int]{r1, {7, nil}}, "; "))
	w, ok := MaxBy([]string{"go", "python", "c"}, func(s string) int { return len(s) })
	fmt.Println(w, ok)
	_, ok = MaxBy([]int{}, func(i int) int { return i })
	fmt.Println(ok)
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp(Meters(5), 1, 9))
	fmt.Printf("%T %T %v\n", s, r2, Result[[]int]{Val: []int{1}})
}
