// Deferred method calls bind their receiver at the defer statement; defers inside loops and closures.
package main

import "fmt"

type res struct {
	name string
	open bool
}

func (r *res) Close() { r.open = false; fmt.Println("closed", r.name) }
func (r res) Report() { fmt.Println("report", r.name, r.open) }

func use(names []string) {
	for _, n := range names {
		r := &res{n, true}
		defer r.Close()
		defer r.Report()
	}
	fmt.Println("using", len(names))
}

func main() {
	use([]string{"a", "b"})
	r := res{"c", true}
	defer r.Report()
	r.name = "changed"
	func() {
		defer fmt.Println("inner closure defer")
	}()
	fmt.Println("main end")
}
