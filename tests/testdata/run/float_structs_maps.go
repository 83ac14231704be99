// Floats in structs, arrays and maps: equality, keys with +0/-0, sorted printing.
package main

import "fmt"

type vec struct{ x, y float64 }

func (v vec) add(w vec) vec { return vec{v.x + w.x, v.y + w.y} }
func (v vec) scale(k float64) vec { return vec{v.x * k, v.y * k} }

func main() {
	p := vec{1.5, -2}
	q := p.add(vec{0.25, 0.5}).scale(2)
	fmt.Println(p, q, p == vec{1.5, -2})
	prices := map[string]float64{"tea": 2.5, "coffee": 3.25, "water": 0.99}
	total := 0.0
	for _, v := range prices {
		total += v
	}
	fmt.Println(prices, total > 6.7 && total < 6.8)
	byVal := map[float64]string{0.5: "half", 0.25: "quarter", 2: "two"}
	fmt.Println(byVal)
	z := 0.0
	byVal[-z] = "zero"
	fmt.Println(byVal[0], len(byVal))
	arr := [3]float64{1, 2, 3}
	fmt.Println(arr == [3]float64{1, 2, 3}, arr)
	var i any = 2.5
	fmt.Println(i == any(2.5), i)
}
