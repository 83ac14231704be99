// Promoted methods through embedded structs and pointers, and interfaces satisfied by promotion.
package main

import "fmt"

type logger struct{ prefix string }

func (l logger) log(s string) string { return l.prefix + s }
func (l *logger) setPrefix(p string) { l.prefix = p }

type counter struct{ n int }

func (c *counter) inc() int { c.n++; return c.n }

type service struct {
	logger
	*counter
	name string
}

type incer interface{ inc() int }
type logs interface{ log(string) string }

func main() {
	s := service{logger{"[a] "}, &counter{}, "svc"}
	fmt.Println(s.log("hello"))
	s.setPrefix("[b] ")
	fmt.Println(s.log("world"), s.inc(), s.inc())
	var i incer = s
	fmt.Println(i.inc(), s.n)
	var l logs = &s
	s.setPrefix("[c] ")
	fmt.Println(l.log("ptr"))
	var l2 logs = s
	s.setPrefix("[d] ")
	fmt.Println(l2.log("copy"))
}
