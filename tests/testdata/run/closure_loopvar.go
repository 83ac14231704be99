// Go 1.22 loop variables: closures created in loops capture a fresh variable per iteration.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s + s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 3; i++ {
		hs = append(hs, func() int { i += 100; return i })
	}
	fmt.Println(hs[0](), hs[0](), hs[2]())
	total := 0
	for i := range 5 {
		func() { total += i }()
	}
	fmt.Println(total)
}
