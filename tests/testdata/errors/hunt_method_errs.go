package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func (c Counter) Inc() {}

func (x int) Double() int { return x * 2 }

type Alias = Counter

func main() {
	Counter{}.Inc()
	var c Counter
	c.Dec()
	fmt.Println(c.n)
}
