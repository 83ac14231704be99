// Methods with value and pointer receivers; automatic & and * on calls.
package main

import "fmt"

type counter struct {
	n    int
	name string
}

func (c counter) get() int      { return c.n }
func (c *counter) inc()         { c.n++ }
func (c *counter) add(k int) int { c.n += k; return c.n }
func (c counter) withName(s string) counter {
	c.name = s
	return c
}

func main() {
	var c counter
	c.inc()
	c.inc()
	fmt.Println(c.get(), c.n)
	p := &c
	p.inc()
	fmt.Println(p.get(), c.add(10))
	d := c.withName("d")
	fmt.Println(c.name == "", d.name, d.get())
	cs := []counter{{n: 1}, {n: 2}}
	cs[1].inc()
	for i := range cs {
		cs[i].add(100)
	}
	fmt.Println(cs[0].get(), cs[1].get())
	q := &counter{n: 5}
	fmt.Println(q.add(1), (*q).get())
}
