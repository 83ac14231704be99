// Interface-to-interface conversions, interfaces holding interfaces' values, and comparison.
package main

import "fmt"

type reader interface{ read() string }
type readCloser interface {
	read() string
	close() bool
}

type file struct{ path string }

func (f *file) read() string { return "data from " + f.path }
func (f *file) close() bool  { return true }

func use(r reader) string { return r.read() }

func main() {
	f := &file{"/tmp/x"}
	var rc readCloser = f
	var r reader = rc
	fmt.Println(use(rc), r.read(), rc.close())
	var e any = r
	back := e.(readCloser)
	fmt.Println(back.close())
	var r2 reader = f
	fmt.Println(r == r2, e == any(f))
	var nilrc readCloser
	var nr reader = nilrc
	fmt.Println(nr == nil)
	g := &file{"/other"}
	r2 = g
	fmt.Println(r == r2, r2.read())
}
