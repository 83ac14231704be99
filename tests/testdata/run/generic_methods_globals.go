package main

import "fmt"

type T struct{ n int }

func (t T) Scale[N ~int | ~float64](x N) N { return x * N(t.n) }

func (t *T) Bump[N ~int](x N) { t.n += int(x) }

var t0 = T{3}
var scaleF = T.Scale[float64]
var bump = (*T).Bump[int]
var bound = t0.Scale[int]
var table = map[string]func(T, int) int{"scale": T.Scale[int]}

func main() {
	fmt.Println(scaleF(t0, 1.5), bound(4), table["scale"](T{5}, 2))
	bump(&t0, 10)
	fmt.Println(t0, bound(1))
}
