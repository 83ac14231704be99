package main

import (
	"fmt"
	"math"
	"reflect"
)

type Node struct {
	Val  int
	Next *Node
}

type S struct {
	A []int
	M map[string]any
	p *int
}

func main() {
	fmt.Println(reflect.DeepEqual(1, 1), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0))
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual([]int(nil), []int(nil)))
	fmt.Println(reflect.DeepEqual(map[string]int{}, map[string]int(nil)), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}))
	nan := math.NaN()
	fmt.Println(reflect.DeepEqual(nan, nan), reflect.DeepEqual([]float64{nan}, []float64{nan}))
	ns := []float64{nan}
	fmt.Println(reflect.DeepEqual(ns, ns))
	a := &Node{1, nil}
	a.Next = a
	b := &Node{1, nil}
	b.Next = b
	fmt.Println(reflect.DeepEqual(a, b))
	c := &Node{1, &Node{2, nil}}
	d := &Node{1, &Node{3, nil}}
	fmt.Println(reflect.DeepEqual(c, d))
	x, y := 5, 5
	fmt.Println(reflect.DeepEqual(S{[]int{1}, map[string]any{"k": []string{"v"}}, &x}, S{[]int{1}, map[string]any{"k": []string{"v"}}, &y}))
	fmt.Println(reflect.DeepEqual(S{M: map[string]any{"k": 1}}, S{M: map[string]any{"k": 1.0}}))
	var f1, f2 func()
	fmt.Println(reflect.DeepEqual(f1, f2), reflect.DeepEqual(main, main))
	var e1 error
	fmt.Println(reflect.DeepEqual(e1, nil), reflect.DeepEqual([]any{1, "a", nil}, []any{1, "a", nil}))
	fmt.Println(reflect.DeepEqual([2]int{1, 2}, [2]int{1, 2}), reflect.DeepEqual([2]int{1, 2}, [2]int{2, 1}))
	m1 := map[string]any{}
	m1["self"] = m1
	m2 := map[string]any{}
	m2["self"] = m2
	fmt.Println(reflect.DeepEqual(m1, m2))
}
