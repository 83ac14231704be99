package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Big struct {
	A, B, C int
	S       string
	F       float64
	P       *int
	T       []byte
	E       any
}

type Adder interface {
	Add(a, b, c, d, e, f, g, h, i, j, k int) (int, string)
}

type acc struct{ base int }

func (x acc) Add(a, b, c, d, e, f, g, h, i, j, k int) (int, string) {
	s := x.base + a + b + c + d + e + f + g + h + i + j + k
	return s, fmt.Sprint("sum", s)
}

func (x *acc) Bump(n int, s string, f float64) (int, string, float64) {
	x.base += n
	return x.base, s + "!", f * 2
}

//go:noinline
func swap(a, b int) (int, int) { return b, a }

//go:noinline
func rot(a, b, c, d int) (int, int, int, int) { return d, a, b, c }

//go:noinline
func many(a, b, c, d, e, f, g, h, i, j, k, l int) int {
	return a - b + c*2 - d + e*3 - f + g - h*5 + i - j + k*7 - l
}

//go:noinline
func mixed(s string, f float64, g float32, xs []int, e any, n int8, u uint16) (string, float64, float32, int, any, int8, uint16) {
	return strings.ToUpper(s), f * 1.5, g / 2, len(xs) + cap(xs), e, n - 1, u + 1
}

//go:noinline
func makeBig(n int) Big {
	p := new(int)
	*p = n * 10
	return Big{n, n + 1, n + 2, fmt.Sprint("big", n), float64(n) / 4, p, []byte("xy"), n}
}

//go:noinline
func takeBig(b Big, extra int) (Big, int) {
	b.A += extra
	b.S += "+"
	*b.P += 1
	return b, b.A + b.B + b.C + *b.P
}

//go:noinline
func live(a, b, c string, n int) string {
	// parameters live across calls: kept in their spill slots
	x := fmt.Sprint(n)
	y := strings.Repeat(a, 2)
	return x + y + b + c + a
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

//go:noinline
func named(n int) (r int, s string) {
	defer func() {
		if e := recover(); e != nil {
			r = -n
			s = fmt.Sprint("recovered ", e)
		}
	}()
	if n > 2 {
		panic(fmt.Sprint("too big ", n))
	}
	return n * 2, "ok"
}

func gen[T any](a, b, c, d, e, f, g, h, i, j T, pick func(T, T) T) T {
	r := a
	for _, x := range []T{b, c, d, e, f, g, h, i, j} {
		r = pick(r, x)
	}
	return r
}

func seq(n int) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, fmt.Sprint("v", i)) {
				return
			}
		}
	}
}

func main() {
	a, b := swap(1, 2)
	fmt.Println(a, b)
	w, x, y, z := rot(1, 2, 3, 4)
	fmt.Println(w, x, y, z)
	fmt.Println(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
	fmt.Println(mixed("abc", 2.5, 3.5, make([]int, 2, 5), "e", -3, 65535))
	bb := makeBig(3)
	nb, sum := takeBig(bb, 100)
	fmt.Println(nb.A, nb.B, nb.C, nb.S, nb.F, *nb.P, string(nb.T), nb.E, sum, *bb.P)
	fmt.Println(live("a", "b", "c", 7))
	fmt.Println(fib(20))
	fmt.Println(named(1))
	fmt.Println(named(5))

	var ad Adder = acc{base: 100}
	fmt.Println(ad.Add(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
	m := ad.Add
	fmt.Println(m(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
	me := acc.Add
	fmt.Println(me(acc{1}, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
	p := &acc{base: 5}
	bump := p.Bump
	fmt.Println(bump(3, "hi", 1.25))
	fmt.Println((*acc).Bump(p, 4, "yo", -2))

	k := 1000
	clo := func(a, b, c, d, e, f, g, h, i, j int, s string) (string, int, int, int, int, int, int, int, int, int, int) {
		return s, a + k, b + k, c + k, d + k, e + k, f + k, g + k, h + k, i + k, j + k
	}
	fmt.Println(clo(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "s"))

	fmt.Println(gen(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, func(a, b int) int { return max(a, b) }))
	fmt.Println(gen("q", "w", "e", "r", "t", "y", "u", "i", "o", "p", func(a, b string) string { return min(a, b) }))
	fmt.Println(gen(1.5, 2.5, -1, 0, 7.25, 3, 3, 3, 3, 3, func(a, b float64) float64 { return a + b }))

	for i, s := range seq(5) {
		if i == 3 {
			break
		}
		fmt.Println(i, s)
	}

	done := make(chan string)
	go func(a, b, c, d, e, f, g, h, i, j int, s string) {
		done <- fmt.Sprint(s, a+b+c+d+e+f+g+h+i+j)
	}(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "go")
	fmt.Println(<-done)

	func() {
		defer func(a, b, c, d, e, f, g, h, i, j int, s string) {
			fmt.Println("deferred", s, a+b+c+d+e+f+g+h+i+j)
		}(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, "d")
	}()

	// reflection: Call and MakeFunc with more words than registers
	rv := reflect.ValueOf(many)
	in := []reflect.Value{}
	for i := 1; i <= 12; i++ {
		in = append(in, reflect.ValueOf(i*3))
	}
	fmt.Println(rv.Call(in)[0].Int())
	out := reflect.ValueOf(mixed).Call([]reflect.Value{
		reflect.ValueOf("xyz"), reflect.ValueOf(1.0), reflect.ValueOf(float32(8)),
		reflect.ValueOf([]int{1, 2, 3}), reflect.ValueOf(any(42)), reflect.ValueOf(int8(7)), reflect.ValueOf(uint16(9)),
	})
	for _, o := range out {
		fmt.Print(o.Interface(), " ")
	}
	fmt.Println()
	bo := reflect.ValueOf(takeBig).Call([]reflect.Value{reflect.ValueOf(makeBig(1)), reflect.ValueOf(5)})
	fmt.Println(bo[0].Interface().(Big).S, bo[1].Int())

	var mk func(a, b, c, d, e, f, g, h, i, j, k int, s string) (string, int, int, int, int, int, int, int, int, int, int)
	fv := reflect.MakeFunc(reflect.TypeOf(mk), func(args []reflect.Value) []reflect.Value {
		res := []reflect.Value{reflect.ValueOf(args[11].String() + "!")}
		for i := 0; i < 10; i++ {
			res = append(res, reflect.ValueOf(int(args[i].Int()*int64(i+1)+args[10].Int())))
		}
		return res
	})
	reflect.ValueOf(&mk).Elem().Set(fv)
	fmt.Println(mk(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1000, "made"))
	var mk2 func(string, float64) (float64, string)
	reflect.ValueOf(&mk2).Elem().Set(reflect.MakeFunc(reflect.TypeOf(mk2), func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(args[1].Float() * 3), reflect.ValueOf(args[0].String() + "?")}
	}))
	fmt.Println(mk2("q", 1.5))
	ms := reflect.ValueOf(p).MethodByName("Bump").Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("m"), reflect.ValueOf(0.5)})
	fmt.Println(ms[0].Int(), ms[1].String(), ms[2].Float())

	xs := []string{"pear", "apple", "fig", "banana"}
	sort.Slice(xs, func(i, j int) bool { return len(xs[i]) < len(xs[j]) || (len(xs[i]) == len(xs[j]) && xs[i] < xs[j]) })
	fmt.Println(xs)
}
