package main

type Counter struct{ n int }

//go:noinline
func (c *Counter) Inc() {
	c.n++
}

//go:noinline
func (c *Counter) Self() *Counter {
	return c
}

//go:noinline
func (c Counter) Value() int {
	return c.n
}

//go:noinline
func main() {
	var c Counter
	c.Inc()
	c.Inc()
	println(c.Self().Value())
}
