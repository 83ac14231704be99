// Run-time errors (index, nil map, nil pointer, type assertion) are recoverable panics.
package main

import "fmt"

func catch(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name+":", r)
		if e, ok := r.(error); ok {
			fmt.Println("  is error:", e.Error() != "")
		}
	}()
	f()
}

func main() {
	catch("index", func() {
		s := []int{1, 2}
		i := 5
		_ = s[i]
	})
	catch("nil map", func() {
		var m map[string]int
		m["x"] = 1
	})
	catch("nil pointer", func() {
		var p *struct{ v int }
		p.v = 1
	})
	catch("assert", func() {
		var x any = "s"
		_ = x.(int)
	})
	catch("divide", func() {
		z := 0
		_ = 1 / z
	})
	catch("none", func() {})
}
